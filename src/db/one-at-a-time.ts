// SQLite through better-sqlite3 is one connection. Prisma's adapter makes transactions wait for each
// other, but a plain statement issued while another handler's interactive transaction is open runs
// on that same connection, inside that transaction, and is rolled back with it: a write its caller
// saw succeed is silently lost. With updates handled concurrently (the runner) and the dispatcher
// and jobs running alongside, that is common. So here every statement outside a transaction waits
// until the open transaction ends, and transactions queue behind those statements.
import type { IsolationLevel, SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";

export function oneAtATime(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect(): Promise<SqlDriverAdapter> {
      const inner = await factory.connect();
      const queue = createQueue();
      const alone = async <T>(work: () => Promise<T>): Promise<T> => {
        const release = await queue.turn();
        try {
          return await work();
        } finally {
          release();
        }
      };
      const adapter: SqlDriverAdapter = {
        provider: inner.provider,
        adapterName: inner.adapterName,
        queryRaw: (query: SqlQuery) => alone(() => inner.queryRaw(query)),
        executeRaw: (query: SqlQuery) => alone(() => inner.executeRaw(query)),
        executeScript: (script: string) => alone(() => inner.executeScript(script)),
        dispose: () => inner.dispose(),
        async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
          const release = await queue.turn();
          let tx: Transaction;
          try {
            tx = await inner.startTransaction(isolationLevel);
          } catch (error) {
            release();
            throw error;
          }
          // The transaction's own statements go through `tx` and never wait on the queue.
          return {
            provider: tx.provider,
            adapterName: tx.adapterName,
            options: tx.options,
            queryRaw: (query: SqlQuery) => tx.queryRaw(query),
            executeRaw: (query: SqlQuery) => tx.executeRaw(query),
            commit: () => tx.commit().finally(release),
            rollback: () => tx.rollback().finally(release),
            ...(tx.createSavepoint ? { createSavepoint: (name: string) => tx.createSavepoint!(name) } : {}),
            ...(tx.rollbackToSavepoint ? { rollbackToSavepoint: (name: string) => tx.rollbackToSavepoint!(name) } : {}),
            ...(tx.releaseSavepoint ? { releaseSavepoint: (name: string) => tx.releaseSavepoint!(name) } : {}),
          } as Transaction;
        },
      };
      if (inner.getConnectionInfo) adapter.getConnectionInfo = () => inner.getConnectionInfo!();
      return adapter;
    },
  };
}

/** A FIFO lock: turn() resolves with a release function once every earlier holder has released. */
function createQueue() {
  let tail: Promise<void> = Promise.resolve();
  return {
    turn(): Promise<() => void> {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const before = tail;
      tail = before.then(() => held);
      return before.then(() => release);
    },
  };
}
