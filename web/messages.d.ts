// The compiled strings of locales/<lang>/webapp.ftl (scripts/build-webapp.mjs): id -> text with {$name}.
declare module "webapp-messages:*" {
  const messages: Record<string, string>;
  export default messages;
}
