// Buttons of the privacy feature. Downloading one's data is a plain button (anyone with a record may
// press it; it acts on the presser's own record only). The erasure is a flow: its buttons carry a
// per-run id (conversation-kit), so a forged or old "Ya, hapus" press can never erase anything.
import { defineButton } from "../bot/callback-data.js";

/** Sends the presser their own data, as /data_saya does. */
export const exportButton = defineButton("pv:export", {}, "everyone");

export const PRIVACY_BUTTONS = [exportButton] as const;

/** Flow buttons of /hapus_akun: "pve:<run>:<action>:". */
export const ERASE_FLOW_PREFIX = "pve";
export const ERASE_ACTIONS = { continue: "continue", erase: "erase", cancel: "cancel" } as const;
