// Who may do what, as data: the audiences of commands come from the features' declarations, and the
// rules on things are the methods of the permissions module, each described here. README's rights
// table is rendered from this (test/rights-table.test.ts fails when README and the code disagree).
import type { Audience } from "./access.js";
import type { Permissions } from "./permissions.js";

export const AUDIENCE_LABELS: Record<Audience, string> = {
  everyone: "anyone",
  unapproved: "not an approved member: someone unknown or rejected registers; an applicant or a suspended member is told their status",
  approved: "approved members",
  coordinator: "pokja coordinators and admins",
  admin: "admins",
};

/** Every rule of the permissions module, in words. */
export const RULES: Record<keyof Permissions, string> = {
  hasAudience: "Whether a person is in a command's or a button kind's audience (the gate asks this for every update).",
  isStaff: "Coordinator of some pokja, or admin.",
  isApprovedMember: "An approved member (admins named in ADMIN_TELEGRAM_IDS always are).",
  isAdmin: "An approved admin, or named in ADMIN_TELEGRAM_IDS.",
  managesPokja: "Admins manage every pokja; coordinators manage their own (join requests, full directory, its meetings, recommendations and tasks). Forum-wide things: admins only.",
  belongsToPokja: "An active member of the pokja, or an admin.",
  entersPokjaGroup: "Joins a pokja's linked Telegram group: its approved members and admins. Suspension removes a member from every linked group; leaving a pokja removes them from its groups if its coordinators chose so (admins stay).",
  managesMeeting: "Changes, cancels, takes attendance of and writes minutes for a meeting: its pokja's coordinators and admins (plenary meetings: admins).",
  isInvitee: "Invited to the meeting, and still an approved member.",
  seesMeeting: "Sees a meeting's card (and its online link): its invitees and those who manage it.",
  updatesActionItem: "Marks an action item done: its owner, or those who manage its meeting.",
  reviewsRecommendation: "Reviews a recommendation (every step of its lifecycle): its pokja's coordinators and admins.",
  seesRecommendation: "Sees, supports and follows a recommendation: its submitter, its pokja's members, its reviewers.",
  followerHears: "A follower is told of a step while an approved member or coordinator of the pokja, or an admin; the submitter always.",
  updatesTask: "Updates an SPBE task: its pokja's coordinators and admins (national tasks without a pokja: admins).",
  updatesAgencyEntry: "Updates one agency's entry of a task that applies to agencies: an approved member of that agency, and the task's pokja's coordinators and admins for any agency it applies to.",
  agencyEntryScope: "Which agencies' entries of a task a person may update: any (its pokja's coordinators, admins), their own agency's (approved members), or none.",
  seesAgencyProgress: "Sees per-agency progress (national figures, provinces that lag, agencies that have not reported): approved members.",
  sendsBroadcast: "Sends a broadcast: admins to any audience (and mandatory announcements); coordinators to their own pokja's members and groups only.",
  handlesBroadcast: "Stops a broadcast and sees its report: its sender while still staff, and admins.",
  repliesToBroadcast: "Replies to a broadcast's sender through the bot (at most 3 times): the people it reached, never the sender.",
  answersBroadcastReply: "Answers such a reply (at most 3 times): the broadcast's sender, even if no longer staff.",
  seesPokjaRecommendations: "Lists a pokja's recommendations and submits to it: its members, its coordinators and admins.",
  revisesRecommendation: "Revises a recommendation after \"Perlu revisi\": its submitter, while an approved member.",
  managedPokjaIds: "The pokja whose review queue and report a person gets: every pokja for admins, the active pokja they coordinate for coordinators.",
};

export function renderRightsTable(commands: readonly { command: string; aliases?: readonly string[]; audience: Audience; chats: readonly string[] }[]): string {
  const lines = [
    "| Command | Who | Where |",
    "| --- | --- | --- |",
    ...commands.map((c) => {
      const names = [c.command, ...(c.aliases ?? [])].map((n) => `/${n}`).join(", ");
      const where = c.chats.length === 2 ? "private and group" : c.chats[0]!;
      return `| ${names} | ${AUDIENCE_LABELS[c.audience]} | ${where} |`;
    }),
    "",
    "| Rule (src/access/permissions.ts) | Who |",
    "| --- | --- |",
    ...Object.entries(RULES).map(([rule, who]) => `| \`${rule}\` | ${who} |`),
  ];
  return lines.join("\n");
}
