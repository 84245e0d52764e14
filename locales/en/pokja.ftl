pokja-list-title = <b>Forum Kominfo working groups (pokja)</b>
pokja-list-entry =
    <b>{ $name }</b> · { $mode } · { $members } members
    { $description }
    Your status: { $status }
pokja-list-empty = There are no active working groups yet.
pokja-mode-open = open
pokja-mode-moderated = by coordinator approval
pokja-my-status-member = member ✅
pokja-my-status-requested = awaiting the coordinators' approval ⏳
pokja-my-status-none = not joined
pokja-button-join = Join
pokja-button-request = Ask to join
pokja-button-leave = Leave
pokja-button-cancel-request = Cancel request
pokja-button-create = ➕ Add a pokja
pokja-button-back = « Back
pokja-button-directory = 👥 Members
pokja-button-requests = 📨 Requests ({ $count })
pokja-button-rename = Rename
pokja-button-describe = Edit description
pokja-button-make-moderated = Require approval
pokja-button-make-open = Make open
pokja-button-remove-on-leave = 🚪 Remove from groups on leaving
pokja-button-keep-on-leave = 👥 Keep in groups on leaving
pokja-button-coordinators = ⭐ Coordinators
pokja-button-retire = 🗄 Retire pokja
pokja-button-retire-yes = Yes, retire it
pokja-button-leave-yes = Yes, leave
pokja-button-cancel-yes = Yes, cancel
pokja-button-leave-no = No
pokja-button-accept = ✅ Accept
pokja-button-decline = ❌ Decline
pokja-button-add-coordinator = ➕ Add a coordinator
pokja-button-open-page = Open the pokja's page
pokja-page-mode = How to join: { $mode }
pokja-page-members = Members: { $count }
pokja-page-coordinators = Coordinators: { $names }
pokja-page-groups = Telegram groups: { $groups }
pokja-page-my-status = Your status: { $status }
pokja-page-requests = Join requests waiting: { $count }
pokja-page-remove-on-leave = Members who leave the pokja: also removed from its Telegram groups
pokja-page-keep-on-leave = Members who leave the pokja: stay in its Telegram groups
pokja-none-yet = none yet
pokja-gone = This pokja was not found or has been retired.
pokja-register-first = Please complete your registration with /daftar before joining a pokja.
pokja-joined = You are now a member of Pokja { $pokja }.
pokja-requested = Your request to join Pokja { $pokja } has been sent to its coordinators. We will let you know.
pokja-join-refused-not-found = This pokja was not found.
pokja-join-refused-retired = This pokja has been retired.
pokja-join-refused-already-member = You are already a member of this pokja.
pokja-join-refused-already-requested = Your request for this pokja is still awaiting approval.
pokja-join-refused-not-approved = Only approved forum members can join a pokja.
pokja-not-member = You are not a member of this pokja.
pokja-leave-confirm = Are you sure you want to leave <b>Pokja { $pokja }</b>?
pokja-leave-confirm-coordinator = You are a coordinator of <b>Pokja { $pokja }</b>. If you leave, you also stop coordinating it. Continue?
pokja-cancel-confirm = Cancel your request to join <b>Pokja { $pokja }</b>?
pokja-left = You have left Pokja { $pokja }.
pokja-left-groups = You have left Pokja { $pokja } and its Telegram groups.
pokja-left-not-removed = { $name } has left <b>Pokja { $pokja }</b>. As the pokja is set, they should also leave its Telegram groups, but the bot could not remove them:
pokja-staff-only = Sorry, this is for that pokja's coordinators and secretariat admins only.
pokja-requests-empty = No join requests are waiting for Pokja { $pokja }.
pokja-requests-title = <b>Requests to join Pokja { $pokja } ({ $count })</b>
pokja-request-handled = This request has already been handled.
pokja-request-accepted = Request accepted.
pokja-request-declined = Request declined.
pokja-request-accepted-note = ✅ Accepted by { $by }: { $name } joins Pokja { $pokja }.
pokja-request-declined-note = ❌ Declined by { $by }: the request of { $name } to join Pokja { $pokja }.
pokja-notify-request =
    📨 <b>Request to join Pokja { $pokja }</b>

    { $name }
    { $position }, { $agency }
pokja-notify-accepted = { $name }, your request to join <b>Pokja { $pokja }</b> has been accepted. Welcome!
pokja-notify-declined = { $name }, we are sorry: your request to join <b>Pokja { $pokja }</b> could not be accepted. Please contact the pokja's coordinators for more information.
pokja-notify-coordinator-assigned = { $name }, you are now a <b>coordinator of Pokja { $pokja }</b>. Use /pokja and /anggota to manage its members, and /hubungkan in the pokja's Telegram group.
pokja-notify-coordinator-removed = { $name }, you are no longer a coordinator of <b>Pokja { $pokja }</b>. Thank you for your contribution.
pokja-ask-name = Type the pokja's name (at most { $max } characters), e.g. "Keamanan Informasi".
pokja-ask-description = Type a short description of the pokja (at most { $max } characters).
pokja-ask-mode = How do members join this pokja?
pokja-field-length = Please write { $min } to { $max } characters.
pokja-created = Pokja <b>{ $name }</b> has been created.
pokja-updated = The pokja has been updated: <b>{ $name }</b>.
pokja-name-taken = An active pokja named <b>{ $name }</b> already exists. Please choose another name.
pokja-now-moderated = Joining now needs a coordinator's approval.
pokja-now-open = The pokja is now open: members can join at once.
pokja-now-remove-on-leave = Members who leave the pokja are now also removed from its Telegram groups.
pokja-now-keep-on-leave = Members who leave the pokja now stay in its Telegram groups.
pokja-retire-confirm = Retire <b>Pokja { $pokja }</b>? It will no longer be listed or accept new members; its membership history is kept.
pokja-retired = Pokja { $pokja } has been retired.
pokja-coordinators-title = <b>Coordinators of Pokja { $pokja }</b>
pokja-coordinators-hint = Press a name to remove that coordinator, or add a new one.
pokja-ask-coordinator = Type the name, agency or NIP of the member to appoint as coordinator.
pokja-coordinator-none = No active member matches "<i>{ $query }</i>". Please try another word.
pokja-coordinator-pick = Choose the member to appoint as coordinator:
pokja-coordinator-assigned = { $name } is now a coordinator of Pokja { $pokja }.
pokja-coordinator-removed = { $name } is no longer a coordinator of Pokja { $pokja }.
pokja-coordinator-refused-not-found = Member or pokja not found.
pokja-coordinator-refused-not-approved = Only active members can be coordinators.
pokja-coordinator-refused-unchanged = Nothing to change: it is already so.
pokja-coordinates-of = Working groups coordinated by <b>{ $name }</b> (press to change):

## Pokja member directory
directory-title = <b>Members of Pokja { $pokja }</b> ({ $count } people)
directory-empty = No members yet.
directory-central = Central agencies
directory-button-by-province = Group by province
directory-button-by-name = Sort by name
directory-button-csv = 📥 Download CSV
directory-choose = Choose a pokja:
directory-csv-preparing = Preparing the CSV file…
directory-csv-caption = Members of Pokja { $pokja } ({ $count } people).
directory-counts-title = <b>Members per pokja</b>
directory-count-line = Pokja { $pokja }: { $count } members
directory-counts-note = Member names are visible only to the pokja's coordinators and the secretariat.

## Pokja Telegram groups
group-hello =
    Thank you for adding <b>Forum Kominfo Bot</b> to this group.

    A group admin who is also a secretariat admin or a pokja coordinator can link this group to their pokja with /hubungkan. So that the bot can approve join requests and create invite links, make it a group admin with the right "Invite users via link".

    In groups, the bot answers only its own commands.
group-choose-pokja = Choose the pokja to link this group to:
group-already-linked = This group is already linked to <b>Pokja { $pokja }</b>. A group serves one pokja; use /putuskan first to move it.
group-linked = ✅ { $by } linked this group to <b>Pokja { $pokja }</b>.
group-needs-rights = ⚠️ The bot is not yet an admin with the right "Invite users via link". Without it the bot cannot approve join requests or create invite links.
group-not-linked = This group is not linked to any pokja.
group-unlinked = This group is no longer linked to <b>Pokja { $pokja }</b>.
group-unlinked-removed = The bot was removed from the group <b>{ $title }</b>, so it is no longer linked to Pokja { $pokja }.
group-not-group-admin = Sorry, only this group's admins can link it to, or unlink it from, a pokja.
group-not-coordinator = Sorry, only secretariat admins and pokja coordinators can link a group to a pokja.
group-not-coordinator-of = Sorry, only secretariat admins and that pokja's coordinators can do this.
group-join-declined-unregistered = Your request to join the group <b>{ $title }</b> could not be approved: it is for members of Pokja { $pokja } of Forum Kominfo. Please register with /daftar, join the pokja with /pokja, then ask to join again.
group-join-declined-not-approved = Your request to join the group <b>{ $title }</b> could not be approved because your Forum Kominfo registration is not active. Please check your status with /start.
group-join-declined-not-member = Your request to join the group <b>{ $title }</b> could not be approved: it is for members of Pokja { $pokja }. Please join the pokja with /pokja, then ask to join again.
group-join-needs-rights = ⚠️ Someone asked to join the group <b>{ $title }</b> (Pokja { $pokja }), but the bot is not an admin with the right "Invite users via link" and cannot handle the request.
group-removal-removed = { $name } has been removed from the Telegram groups { $groups }. They may be invited again if needed.
group-removal-no-rights = ⚠️ The bot could not remove { $name } from the groups { $groups }: it is not a group admin with the right "Ban users". Please remove them by hand, or give the bot that right.
group-removal-owner = ⚠️ { $name } owns the groups { $groups }, so the bot cannot remove them. Please transfer ownership or ask them to leave.
group-removal-failed = ⚠️ The bot did not manage to remove { $name } from the groups { $groups }: Telegram refused or did not answer. Please check and remove them by hand.
group-invite-staff-only = Sorry, only pokja coordinators and the secretariat's admins can create invite links for pokja groups.
group-invite-choose = Choose the group to create an invite link for:
group-invite-no-groups = No Telegram group is linked to your pokja yet. Add the bot to the pokja's group and run /hubungkan there.
group-invite-link =
    Invite link to the group <b>{ $title }</b> (Pokja { $pokja }):
    { $link }

    Whoever opens it asks to join; the bot approves members of Pokja { $pokja } automatically and declines others with an explanation.
group-invite-needs-rights = The bot cannot create an invite link for the group <b>{ $title }</b> because it is not an admin with the right "Invite users via link". Please ask a group admin to grant it.
group-unlink-confirm = Unlink this group from <b>Pokja { $pokja }</b>? Once unlinked, the pokja's meeting invitations and notices are no longer sent to this group and the bot no longer handles join requests.
group-unlink-button-confirm = Yes, unlink
group-unlink-button-cancel = Cancel
group-unlink-kept = This group stays linked to <b>Pokja { $pokja }</b>.
group-unlink-stale = This question no longer applies because the group's link has changed. Please type /putuskan again if still needed.

## What a pokja's group is shown
group-button-private = 💬 Open the private chat
group-how-to-link =
    This group is not linked to any pokja yet, so the bot cannot show a pokja's meetings and tasks here.

    To link it, a group admin who is also a pokja coordinator or a secretariat admin types /hubungkan in this group and chooses the pokja.
group-help =
    <b>Forum Kominfo Bot in the group of Pokja { $pokja }</b>

    In this group you can use:
    /rapat — coming meetings of Pokja { $pokja } (times in WIB, WITA and WIT)
    /tugas — summary and chart of the SPBE tasks of Pokja { $pokja }
    /bantuan — this explanation

    Pokja coordinators can also use /undangan (the group's invite link) and /putuskan (unlink the group from the pokja).

    Personal matters, such as your profile, recommendations, meeting answers and the main menu, are handled in your private chat with the bot. Please press the button below.
group-meetings-title = <b>Coming meetings of Pokja { $pokja }</b>
group-meetings-none = No meeting of Pokja { $pokja } is scheduled yet.
group-meeting-item =
    { $number }. <b>{ $title }</b>
    🕘 { $when }
group-meeting-place = 📍 { $place }
group-meeting-online = 🔗 Online: the meeting link is sent to the invited members in their private chats.
group-meetings-private = Meeting answers, the full agenda and the calendar file are in your private chat with the bot.
group-tasks-title = <b>SPBE tasks of Pokja { $pokja }</b> (as of { $date })
group-tasks-chart-title = SPBE tasks of Pokja { $pokja }
group-tasks-none = No SPBE task is assigned to Pokja { $pokja } yet.
group-tasks-private = The task list, search and progress updates are in your private chat with the bot.
