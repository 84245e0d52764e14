## General
error-generic = Sorry, something went wrong on our side. Please try again in a moment. If it keeps happening, please contact the Forum Kominfo secretariat.
button-stale = This button is no longer valid. Please start again from the relevant command.
button-cancel = ✖️ Cancel
button-skip = Skip
button-next = Next ▶️
button-previous = ◀️ Previous
button-share-phone = 📱 Share my phone number
page-indicator = Page { $page }/{ $pages }
value-not-provided = (not provided)
unknown-command = Sorry, that command is not known. Type /bantuan to see the available commands.
fallback-private = Sorry, we cannot process that message yet. Type /bantuan to see the available commands.

## Multi-step flows
flow-cancelled = All right, cancelled. Nothing was changed.
flow-busy = You are still in another step-by-step process. Finish it first, or type /batal to cancel it.
flow-nothing-to-cancel = There is nothing in progress to cancel.
flow-command-during-flow = You are filling in a form. Please answer the last question above, or type /batal to cancel.
flow-text-expected = Please answer with a text message.
flow-button-expected = Please choose one of the buttons on the message above.

## Statuses and roles
status-pending = awaiting approval
status-approved = active
status-rejected = rejected
status-suspended = suspended
role-member = Member
role-coordinator = Pokja coordinator
role-admin = Secretariat admin
timezone-wib = WIB (Western Indonesia Time)
timezone-wita = WITA (Central Indonesia Time)
timezone-wit = WIT (Eastern Indonesia Time)

## Commands
cmd-start = Start and see your membership status
cmd-daftar = Register as a Forum Kominfo member
cmd-profil = View and correct your profile
cmd-bantuan = List of commands
cmd-batal = Cancel what is in progress
cmd-admin = Secretariat menu (admins)
help-title = <b>Commands you can use:</b>

## /start
start-unregistered =
    Welcome to <b>Forum Kominfo Bot</b>, { $name }.

    This bot connects the Ministry of Communication and Informatics with the provincial and regency/city Dinas Kominfo to coordinate SPBE: working groups (pokja), meetings, recommendations and the progress of the national SPBE tasks.

    You are not registered yet. Please register as a forum member; the secretariat will verify your registration.
start-configured-admin =
    Welcome, { $name }. You are listed as a <b>secretariat admin</b> in the bot's configuration.

    Use /admin to review registrations. Please complete your profile by registering, so that your name and agency are on record.
start-button-register = 📝 Register now
start-button-register-again = 📝 Register again
start-pending =
    Welcome back, { $name }.

    Your registration is <b>awaiting approval</b> by the secretariat (submitted { $since }). We will let you know here once it has been reviewed.
start-rejected =
    { $name }, your previous registration was <b>not approved</b>.
    Reason: { $reason }

    You may register again with corrected details.
start-suspended =
    { $name }, your membership is <b>suspended</b>.
    Reason: { $reason }

    Please contact the Forum Kominfo secretariat for more information.
start-approved = Welcome back, <b>{ $name }</b>!
    Status: active member ({ $role }).

## Access
access-unregistered = You are not registered as a Forum Kominfo member yet. Please register with /daftar.
access-pending = Your registration is still awaiting approval by the secretariat (submitted { $since }). This feature becomes available once it is approved.
access-rejected = Your registration was not approved (reason: { $reason }). You may register again with /daftar.
access-suspended = Your membership is suspended (reason: { $reason }). Please contact the Forum Kominfo secretariat.
access-admin-only = Sorry, this feature is for Forum Kominfo secretariat admins only.

## Registration
reg-intro = Thank you for your interest in joining Forum Kominfo. Registration takes a few short questions. Type /batal at any time to cancel.
reg-ask-name = 1/5 · What is your full name (with academic titles, if any)?
reg-name-too-short = The name is too short. Please write your full name.
reg-name-too-long = The name is too long (at most 100 characters). Please write it again.
reg-name-invalid-characters = A name may contain only letters, spaces, full stops, commas, apostrophes, hyphens and brackets. Please write it again.
reg-ask-agency = 2/5 · Which agency are you from? Type part of the region's or unit's name, e.g. "surabaya", "jawa timur" or "aptika".
reg-agency-query-too-short = Please type at least 3 letters of the region's or unit's name, e.g. "surabaya".
reg-agency-query-too-long = The search text is too long (at most { $max } characters). Just type the region's name, e.g. "surabaya".
reg-agency-none = No agency matches "<i>{ $query }</i>". Please try another word, such as the name of the regency, city or province.
reg-agency-results = Found { $count } agencies for "<i>{ $query }</i>". Please choose yours, or type another word to search again:
reg-agency-chosen = Agency: <b>{ $agency }</b>
reg-agency-gone = That agency was not found. Please search again.
reg-ask-position = 3/5 · What is your position? For example: Kepala Bidang Aplikasi Informatika.
reg-position-too-short = The position is too short. Please write your position.
reg-position-too-long = The position is too long (at most 100 characters). Please shorten it.
reg-ask-nip = 4/5 · Please type your NIP (18 digits, spaces allowed). The NIP is optional; press Skip if you prefer not to give it.
reg-nip-invalid-format = A NIP contains only digits (spaces, dots or hyphens may separate them). Please check it.
reg-nip-invalid-length = A NIP has 18 digits. Please check it.
reg-nip-invalid-birth-date = The first eight digits of the NIP (date of birth) are not valid. Please check it.
reg-nip-invalid-tmt = Digits 9 to 14 of the NIP (year and month of appointment) are not valid. Please check it.
reg-nip-invalid-gender = Digit 15 of the NIP (gender) must be 1 or 2. Please check it.
reg-nip-invalid-serial = The last three digits of the NIP (serial number) are not valid. Please check it.
reg-ask-phone = 5/5 · If you wish, share your phone number with the button below so the secretariat can reach you. It is optional; press Skip if you prefer not to share it.
reg-phone-use-button = Please use the "Share my phone number" or "Skip" button below.
reg-phone-not-own = Please share your own phone number with the button below, not someone else's contact.
reg-phone-saved = Thank you, your phone number has been noted.
reg-phone-skipped = All right, no phone number.
reg-consent =
    <b>Consent to the processing of personal data</b> (Law No. 27 of 2022 on Personal Data Protection)

    What we store: your full name, agency, position, NIP and phone number (if given), and your Telegram ID and username.

    Why: to verify Forum Kominfo membership, coordinate the working groups, send meeting invitations and official forum communication.

    Who can see it: the forum secretariat sees all of it; pokja coordinators see the name, position and agency of their pokja's members. Your NIP and phone number are not shown to other members.

    You can view and correct your data at any time with /profil, and ask the secretariat to delete it. The data is kept while you are a member of the forum.

    Do you consent to this processing?
reg-button-consent-yes = ✅ I agree
reg-button-consent-no = I do not agree
reg-consent-declined = All right, the registration stops here and none of your data is stored. You may register again at any time with /daftar.
reg-summary =
    <b>Please check your registration details:</b>

    Name: { $name }
    Agency: { $agency }
    Position: { $position }
    NIP: { $nip }
    Phone: { $phone }

    If everything is correct, press "Submit registration".
reg-button-submit = 📨 Submit registration
reg-button-edit-name = Edit name
reg-button-edit-agency = Edit agency
reg-button-edit-position = Edit position
reg-button-edit-nip = Edit NIP
reg-button-edit-phone = Edit phone
reg-cancelled = Registration cancelled. None of your data was stored.
reg-done = Thank you, we have received your registration. It is awaiting approval by the Forum Kominfo secretariat; we will let you know here.
reg-done-admin = Thank you, your profile has been recorded. You are registered as a secretariat admin.
reg-save-failed = Sorry, the registration could not be saved because of a system problem. What you entered is kept; please press "Submit registration" again in a moment.
reg-already-registered = You are already registered. See your status with /start or /profil.
reg-already-member = You are already an active Forum Kominfo member. You can correct your details with /profil.

## Member card
card-name = <b>Name:</b> { $value }
card-agency = <b>Agency:</b> { $value }
card-position = <b>Position:</b> { $value }
card-nip = <b>NIP:</b> { $value }
card-phone = <b>Phone:</b> { $value }
card-username = <b>Telegram:</b> @{ $value }
card-status = <b>Status:</b> { $value }
card-role = <b>Role:</b> { $value }
card-timezone = <b>Time zone:</b> { $value }
card-registered-at = <b>Registered:</b> { $value }
card-rejection-reason = <b>Reason for rejection:</b> { $value }
card-suspension-reason = <b>Reason for suspension:</b> { $value }

## Profile
profile-title = <b>Your profile</b>
profile-none = You are not registered yet. Please register with /daftar.
profile-button-name = Edit name
profile-button-position = Edit position
profile-button-agency = Edit agency
profile-button-nip = Edit NIP
profile-button-phone = Edit phone
profile-button-timezone = 🕘 Time zone
profile-button-language = 🌐 Bahasa / Language
profile-choose-timezone = Choose your time zone. Meeting times and reminders will be shown in it.
profile-timezone-saved = Time zone saved: { $zone }.
profile-choose-language = Pilih bahasa / Choose your language:
profile-language-saved = Language saved: English.
profile-saved = Your profile has been updated. See it with /profil.
profile-unchanged = That is what we already have on record; nothing was changed.

## Notifications to members
member-approved = Congratulations, { $name }! Your Forum Kominfo membership has been <b>approved</b>. Type /bantuan to see what you can do.
member-rejected =
    { $name }, we are sorry: your registration <b>could not be approved</b>.
    Reason: { $reason }

    You may register again with /daftar after correcting your details.
member-role-changed = { $name }, your role in Forum Kominfo is now: <b>{ $role }</b>.
member-suspended =
    { $name }, your Forum Kominfo membership has been <b>suspended</b>.
    Reason: { $reason }

    Please contact the secretariat for more information.
member-reinstated = { $name }, your Forum Kominfo membership has been <b>reinstated</b>. Welcome back.

## Admin
admin-new-registration = 🆕 <b>New registration awaiting approval</b>
admin-button-approve = ✅ Approve
admin-button-reject = ❌ Reject
admin-button-detail = Details
admin-button-pending = 📋 Pending registrations ({ $count })
admin-button-search = 🔎 Find a member
admin-button-role-member = Make member
admin-button-role-admin = Make admin
admin-button-suspend = ⛔ Suspend
admin-button-reinstate = ♻️ Reinstate
admin-menu =
    <b>Forum Kominfo secretariat menu</b>

    Awaiting approval: { $pending }
    Active members: { $approved }
    Rejected: { $rejected }
    Suspended: { $suspended }
admin-pending-empty = No registrations are awaiting approval.
admin-pending-title = <b>Registrations awaiting approval ({ $count })</b>
admin-pending-entry =
    { $n }. <b>{ $name }</b>
       { $position }, { $agency }
       Submitted { $since }
admin-approved-toast = Registration approved.
admin-approved-note = ✅ <b>{ $name }</b> approved by { $reviewer } on { $at }.
admin-already-reviewed = The registration of { $name } has already been handled (status: { $status }, by { $reviewer }).
admin-already-reviewed-generic = This registration has already been handled, or it was not found.
admin-reviewer-secretariat = the secretariat
admin-member-not-found = Member not found.
admin-ask-reject-reason = Please write the reason for rejecting the registration of <b>{ $name }</b>. It will be sent to the applicant.
admin-ask-suspend-reason = Please write the reason for suspending <b>{ $name }</b>. It will be sent to the member.
admin-reason-length = The reason must be { $min } to { $max } characters long. Please write it again.
admin-rejected-done = The registration of <b>{ $name }</b> was rejected. Reason given: { $reason }
admin-suspended-done = The membership of <b>{ $name }</b> is suspended. They have been told.
admin-cannot-suspend = Only active members can be suspended.
admin-reinstated-toast = Membership reinstated.
admin-role-changed-toast = Role changed to { $role }.
admin-change-refused-not-found = Member not found.
admin-change-refused-not-approved = This change can only be made for active members.
admin-change-refused-unchanged = Nothing to change: it is already so.
admin-change-refused-self = For safety, admins cannot change their own role or status.
admin-change-refused-configured-admin = This member is an admin by the bot's configuration (ADMIN_TELEGRAM_IDS); their role can only be changed there.
admin-change-refused-last-admin = This member is the last admin; appoint another admin first.
admin-ask-search = Type the name, position, agency or NIP of the member you are looking for.
admin-search-length = The search text must be 2 to { $max } characters long.
admin-search-none = No member matches "<i>{ $query }</i>".
admin-search-results = Found { $count } members for "<i>{ $query }</i>". Choose one to see the details:

## Pokja
cmd-pokja = Working groups: list, join and leave
cmd-anggota = Pokja members (coordinators and admins)
cmd-undangan = Invite link to a pokja group (coordinators)
cmd-hubungkan = Link this group to a pokja
cmd-putuskan = Unlink this group from its pokja
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
pokja-staff-only = Sorry, this is for that pokja's coordinators and secretariat admins only.
pokja-requests-empty = No join requests are waiting for Pokja { $pokja }.
pokja-requests-title = <b>Requests to join Pokja { $pokja } ({ $count })</b>
pokja-request-handled = This request has already been handled.
pokja-request-accepted = Request accepted.
pokja-request-declined = Request declined.
pokja-request-accepted-note = ✅ { $name } was accepted into Pokja { $pokja } by { $by }.
pokja-request-declined-note = ❌ The request of { $name } for Pokja { $pokja } was declined by { $by }.
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
admin-button-coordinator-of = ⭐ Pokja coordinator…

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
group-linked = ✅ This group is now linked to <b>Pokja { $pokja }</b> (by { $by }).
group-needs-rights = ⚠️ The bot is not yet an admin with the right "Invite users via link". Without it the bot cannot approve join requests or create invite links.
group-not-linked = This group is not linked to any pokja.
group-unlinked = This group is no longer linked to <b>Pokja { $pokja }</b>.
group-unlinked-removed = The bot was removed from the group <b>{ $title }</b>, so it is no longer linked to Pokja { $pokja }.
group-not-group-admin = Sorry, only this group's admins can link it to, or unlink it from, a pokja.
group-not-forum-member = Sorry, you are not an active Forum Kominfo member. Please register in a private chat with the bot.
group-not-coordinator = Sorry, only secretariat admins and pokja coordinators can link a group to a pokja.
group-not-coordinator-of = Sorry, only secretariat admins and that pokja's coordinators can do this.
group-join-declined-unregistered = Your request to join the group <b>{ $title }</b> could not be approved: it is for members of Pokja { $pokja } of Forum Kominfo. Please register with /daftar, join the pokja with /pokja, then ask to join again.
group-join-declined-not-approved = Your request to join the group <b>{ $title }</b> could not be approved because your Forum Kominfo registration is not active. Please check your status with /start.
group-join-declined-not-member = Your request to join the group <b>{ $title }</b> could not be approved: it is for members of Pokja { $pokja }. Please join the pokja with /pokja, then ask to join again.
group-join-needs-rights = ⚠️ Someone asked to join the group <b>{ $title }</b> (Pokja { $pokja }), but the bot is not an admin with the right "Invite users via link" and cannot handle the request.
group-invite-choose = Choose the group to create an invite link for:
group-invite-no-groups = No Telegram group is linked to your pokja yet. Add the bot to the pokja's group and run /hubungkan there.
group-invite-link =
    Invite link to the group <b>{ $title }</b> (Pokja { $pokja }):
    { $link }

    Whoever opens it asks to join; the bot approves members of Pokja { $pokja } automatically and declines others with an explanation.
group-invite-needs-rights = The bot cannot create an invite link for the group <b>{ $title }</b> because it is not an admin with the right "Invite users via link". Please ask a group admin to grant it.

## Broadcasts
cmd-siaran = Send a broadcast (coordinators and admins)
cmd-siaran_laporan = Reports of recent broadcasts
profile-button-broadcasts-on = 📣 Broadcasts: on
profile-button-broadcasts-off = 📣 Broadcasts: off
profile-broadcasts-declined = All right, you will not receive ordinary broadcasts. Official announcements of the secretariat still reach you.
profile-broadcasts-accepted = All right, you receive broadcasts again.
bc-staff-only = Sorry, only pokja coordinators and secretariat admins can send broadcasts.
bc-ask-message = Send the message to broadcast: a text (bold, italics, links and so on are kept), or a photo or document with a caption.
bc-unsupported = This kind of message cannot be broadcast. Please send a text, a photo or a document.
bc-ask-audience = Who should receive this broadcast?
bc-audience-all = 👥 All forum members
bc-audience-pokja-members = Members of some pokja…
bc-audience-pokja-groups = Telegram groups of some pokja…
bc-audience-province = Members from one province…
bc-audience-own-members = Members of Pokja { $pokja }
bc-audience-own-groups = Groups of Pokja { $pokja }
bc-audience-own-both = Members and groups of Pokja { $pokja }
bc-ask-pokja = Choose the pokja (one or more), then press Next:
bc-button-next = Next ▶️
bc-pokja-none-selected = Please choose at least one pokja.
bc-ask-province = Type the province's name, e.g. "jawa timur".
bc-province-none = Province not found. Type at least 3 letters of its name.
bc-province-pick = Choose the province:
bc-label-all = All members
bc-label-pokja-members = Members of Pokja { $pokja }
bc-label-pokja-groups = Groups of Pokja { $pokja }
bc-label-pokja-both = Members and groups of Pokja { $pokja }
bc-label-province = Members from the Province of { $province }
bc-ask-mandatory = Is this an official announcement of the secretariat? Official announcements also reach members who declined broadcasts.
bc-button-mandatory = 📌 Official announcement (always delivered)
bc-button-optional = Ordinary broadcast
bc-no-recipients = Nobody matches that choice. The broadcast was not sent.
bc-preview-heading = Preview, exactly as recipients will see it:
bc-summary =
    <b>Broadcast ready</b>
    Recipients: { $label }
    Count: { $members } members · { $groups } groups
    Kind: { $kind }
    When: { $when }
bc-kind-mandatory = official announcement
bc-kind-optional = ordinary broadcast
bc-when-now = now
bc-button-send-now = 📨 Send now
bc-button-confirm-scheduled = ✅ Schedule
bc-button-schedule = 🕘 Choose a time
bc-ask-schedule = Type when to send it, e.g. "25/12/2026 09.00" or "besok 08.00" ({ $zone }, or add WIB/WITA/WIT).
bc-schedule-format = That time was not understood. Examples: 25/12/2026 09.00, 25 Desember 2026 pukul 09.00, besok 08.00.
bc-schedule-impossible = That date or time does not exist in the calendar. Please check it.
bc-schedule-weekday-mismatch = The day's name does not match the date. Please check it.
bc-schedule-too-far = That is too far ahead (more than 2 years).
bc-schedule-no-time = Please include the time, e.g. "besok 08.00".
bc-schedule-past = That time has passed. Please choose a time in the future.
bc-scheduled = 🕘 Broadcast scheduled for { $when } to { $total } recipients.
bc-progress = 📨 Sent { $sent } of { $total } · failed { $failed } · blocked { $blocked }
bc-button-stop = ⏹ Stop sending
bc-button-cancel-scheduled = ✖️ Cancel the broadcast
bc-stopped = Sending stopped.
bc-already-finished = This broadcast has already finished or been stopped.
bc-not-yours = Sorry, only the sender of this broadcast and secretariat admins can do this.
bc-report-done =
    ✅ Broadcast finished: sent { $sent } of { $total } · failed { $failed } · blocked { $blocked }
    Messages that may have arrived twice because of a disruption: { $doubt }
bc-report-stopped =
    ⏹ Broadcast stopped: sent { $sent } of { $total } · failed { $failed } · blocked { $blocked } · stopped { $stopped }
    Messages that may have arrived twice because of a disruption: { $doubt }
bc-button-undelivered-csv = 📥 Recipients not reached (CSV)
bc-button-csv-of = 📥 Not delivered, broadcast #{ $id }
bc-csv-stopped = Stopped
bc-csv-blocked = Unreachable (blocked the bot)
bc-csv-failed = Failed
bc-csv-pending = Not yet sent
bc-all-delivered = Every recipient has received this broadcast.
bc-undelivered-caption = Recipients of broadcast #{ $id } not reached ({ $count }).
bc-report-none = No broadcasts yet.
bc-report-title = <b>Recent broadcasts</b>
bc-report-line = #{ $id } · { $when } · { $label } · sent { $sent }/{ $total } · failed { $failed } · blocked { $blocked } · { $state }
bc-state-scheduled = scheduled
bc-state-sending = sending
bc-state-done = finished
bc-state-stopped = stopped

## SPBE tasks
cmd-tugas = National SPBE tasks: summary, number or keyword
cmd-cari_tugas = Search SPBE tasks
cmd-ikuti = Follow a task's progress
cmd-berhenti_ikuti = Stop following a task
cmd-ekspor_tugas = Download the task catalogue (CSV)
cmd-impor_tugas = Import the task catalogue from CSV (admins)
task-status-belum-dimulai = not started
task-status-berjalan = in progress
task-status-selesai = done
task-status-ditunda = postponed
task-none = -
task-no-pokja = No pokja
task-overdue-mark = ⚠️ overdue
task-catalogue-empty = The SPBE task catalogue is empty. Secretariat admins can import it with /impor_tugas.
task-summary-title = <b>Progress of the national SPBE tasks</b> (as of { $date })
task-summary-total =
    Tasks: <b>{ $total }</b>
    Not started { $notStarted } · in progress { $running } · done { $done } · postponed { $postponed }
    Overdue: <b>{ $overdue }</b> · average progress { $average } %
task-summary-line = <b>{ $name }</b>: { $total } tasks · done { $done } · in progress { $running } · overdue { $overdue } · average { $average } %
task-button-overdue = ⚠️ Overdue
task-button-all = All tasks
task-button-csv = 📥 Download CSV
task-chart-title = Progress of SPBE tasks
task-chart-subtitle = as of { $date }
task-chart-all = All
task-chart-overdue = overdue
task-chart-average = average
task-chart-total = total
task-list-title = <b>SPBE tasks: { $filter }</b> ({ $count })
task-list-empty = No task matches.
task-filter-text = keyword "{ $text }"
task-search-usage = Type a keyword after the command, e.g.: /cari_tugas arsitektur
task-search-too-short = The keyword is too short. Type at least 2 letters or digits.
task-search-too-long = The keyword is too long (at most { $max } characters).
task-not-found = Task { $number } was not found. See the list with /tugas.
task-card-title = <b>Task { $number }</b> — { $title }
task-card-status = Status: <b>{ $status }</b> · progress { $progress } %{ $late }
task-card-target = Target: { $target }
task-card-responsible = Responsible: { $responsible }
task-card-pokja = Pokja: { $pokja }
task-card-legal = Legal basis: { $legal }
task-card-note = Latest note: { $note } ({ $by }, { $at })
task-card-history = <b>Recent history:</b>
task-history-created = added to the catalogue
task-history-status = status { $from } → { $to }
task-history-progress = progress { $from } → { $to } %
task-history-fields = { $count } other fields changed
task-history-note = note updated
task-history-import = by import
task-button-follow = 🔔 Follow
task-button-unfollow = 🔕 Unfollow
task-button-update = ✏️ Update
task-button-open = Open Task { $number }
task-register-first = Please register with /daftar first.
task-follow-usage = Type the task number, e.g.: /ikuti 12
task-unfollow-usage = Type the task number, e.g.: /berhenti_ikuti 12
task-followed = You now follow Task { $number } and will hear of every update.
task-already-following = You already follow Task { $number }.
task-unfollowed = You no longer follow Task { $number }.
task-not-following = You were not following Task { $number }.
task-update-not-allowed = Sorry, this task can be updated only by its pokja's coordinators and secretariat admins.
task-update-ask-status = Updating <b>Task { $number }</b> — { $title }
    Current status: { $status }. Choose the new status:
task-update-ask-progress = Type the progress 0-100 (now { $progress } %), or press the button to keep it.
task-button-keep = Keep { $value }
task-update-progress-invalid = Progress must be a whole number from 0 to 100, e.g. 45.
task-update-done-under-100 = Status <b>done</b>, but progress { $progress } %. Make it 100 %?
task-button-make-100 = Yes, make it 100 %
task-button-keep-progress = Keep { $progress } %
task-update-ask-note = Write a short note on this progress (at most { $max } characters), or press Skip.
task-update-note-length = The note must be 2 to { $max } characters.
task-update-ask-audience = Who should hear of this update?
task-button-followers-only = The task's followers only
task-button-followers-and-pokja = Followers and members of Pokja { $pokja }
task-update-confirm =
    <b>Save this update of Task { $number }?</b>
    Status: { $status }
    Progress: { $progress } %
    Note: { $note }
task-note-unchanged = (note unchanged)
task-button-save = 💾 Save
task-update-saved = Task { $number } has been updated. { $notified } people were notified.
task-update-unchanged = Nothing changed in Task { $number }.
task-update-notification = 📌 <b>Task { $number}</b> updated: { $title }
    Status: { $status } · progress { $progress } %{ $note }
    By { $by }
task-update-notification-note = Note: { $note }
task-csv-caption = SPBE task catalogue ({ $count } tasks).
task-inline-register = Register as a Forum Kominfo member
task-inline-title = Task { $number } — { $title }
task-digest-title = 📋 <b>Pokja tasks that need attention</b> ({ $date })
task-digest-overdue = <b>Just past their target ({ $count }):</b>
task-digest-overdue-total = Overdue tasks of the pokja in all: { $count }.
task-digest-due-soon = <b>Due within 7 days ({ $count }):</b>
task-digest-line = • Task { $number } — { $title } (target { $target }, { $progress } %)
task-import-intro =
    Send the task catalogue as a CSV file (UTF-8, comma or semicolon separated, as Excel or LibreOffice save it; at most 1 MB).
    Columns: <code>{ $columns }</code>
    Required: nomor and judul. The whole file is checked first; nothing is saved before you approve the summary.
task-import-send-file = Please send the CSV file as a document.
task-import-not-csv = The file <i>{ $name }</i> is not a CSV file. Save the table as "CSV UTF-8" and send it again.
task-import-invalid = The file cannot be imported yet: { $count } problems.
task-import-at-line = Line { $line }: 
task-import-at-column = Line { $line }, column { $column }: 
task-import-more-errors = … and { $count } more problems.
task-import-fix-and-resend = Please fix the file and send it again, or type /batal.
task-import-summary =
    <b>The file is valid.</b> Importing it will:
    • create { $create } tasks
    • update { $update } tasks
    • leave { $unchanged } tasks unchanged
    Continue?
task-button-import = 📥 Import now
task-import-done = Import finished: { $created } new, { $updated } updated, { $unchanged } unchanged.
task-import-error-file-too-large = The file is too large (at most 1 MB).
task-import-error-encoding = The file is not saved as UTF-8 text (found: { $detected }). In Excel choose "Save as" → "CSV UTF-8 (comma delimited)".
task-import-error-empty = The file holds no tasks.
task-import-error-unclosed-quote = A quotation mark (") is opened but never closed.
task-import-error-unknown-column = Unknown column. Columns you can use: { $allowed }.
task-import-error-missing-column = A required column is missing.
task-import-error-duplicate-column = This column appears more than once.
task-import-error-unnamed-column = There is a value in column { $position }, which has no heading.
task-import-error-field-count = { $actual } columns, { $expected } expected.
task-import-error-required = Required.
task-import-error-invalid-number = "{ $value }" is not a task number (a positive whole number).
task-import-error-duplicate-number = Number { $value } is already used on line { $first }.
task-import-error-too-short = Too short ({ $length } characters, at least { $min }).
task-import-error-too-long = Too long ({ $length } characters, at most { $max }).
task-import-error-unknown-agency = Agency code "{ $value }" is not in the agency registry.
task-import-error-agency-and-unit = Fill only one of instansi_kode and unit_pelaksana.
task-import-error-unknown-pokja = Unknown pokja "{ $value }".
task-import-error-ambiguous-pokja = Pokja "{ $value }" matches more than one pokja.
task-import-error-invalid-date = "{ $value }" is not a date (e.g. 31/12/2026 or 2026-12-31).
task-import-error-impossible-date = The date "{ $value }" does not exist.
task-import-error-date-out-of-range = The year in "{ $value }" must be between { $min } and { $max }.
task-import-error-invalid-status = Unknown status "{ $value }". Choose from: { $allowed }.
task-import-error-invalid-progress = Progress "{ $value }" must be a whole number.
task-import-error-progress-out-of-range = Progress { $value } must be between { $min } and { $max }.
task-import-error-done-needs-100 = Status done needs progress 100 ({ $value } given).
task-import-error-too-many-errors = { $count } more problems are not shown.
task-import-error-unreadable = The file could not be downloaded or read. Please send it again.

## Meetings
cmd-rapat = Upcoming meetings and your answers
cmd-rapat_baru = Schedule a meeting (coordinators and admins)
cmd-pengaturan = Reminder settings
meeting-staff-only = Sorry, meetings can be scheduled only by pokja coordinators and secretariat admins.
meeting-ask-pokja = Which pokja is the meeting for?
meeting-plenary-button = Plenary forum meeting (all members)
meeting-plenary = Plenary meeting of Forum Kominfo
meeting-of-pokja = Meeting of Pokja { $pokja }
meeting-ask-title = What is the meeting's title? (at most { $max } characters)
meeting-title-length = The title must be 5 to { $max } characters.
meeting-ask-agenda = Write the agenda (several lines are fine; at most { $max } characters).
meeting-agenda-length = The agenda must be 5 to { $max } characters.
meeting-ask-when = When does the meeting start? E.g. "28/12/2026 09.00", "28 Desember 2026 pukul 09.00", "besok 14.00" or "Senin 10.00" ({ $zone }; you may add WIB/WITA/WIT).
meeting-ask-when-again = All right, please type the date and time again.
meeting-when-check = The meeting starts <b>{ $when }</b>. Is that right?
meeting-button-when-ok = ✅ Right
meeting-button-when-change = Change
meeting-date-format = That date and time were not understood. E.g. 28/12/2026 09.00, 28 Desember 2026 pukul 09.00, besok 14.00 or Senin 10.00.
meeting-date-impossible = That date or time does not exist in the calendar. Please check it.
meeting-date-past = That time has passed. Please choose a time in the future.
meeting-date-weekday-mismatch = The day's name does not match the date. Please check it.
meeting-date-too-far = That is too far ahead (more than 2 years).
meeting-date-no-time = Please include the time, e.g. "besok 14.00".
meeting-ask-duration = How long is the meeting?
meeting-duration-hours = { $hours } h
meeting-ask-place = Where is the meeting? Write the place and/or the online meeting link (Zoom, Meet or another link), e.g. "Meeting room 3rd floor, https://zoom.us/j/123".
meeting-place-too-long = The place is too long (at most 500 characters).
meeting-link-invalid = The online meeting link is not valid. Please write it in full, e.g. https://meet.google.com/abc-defg-hij.
meeting-ask-reminders = When should members be reminded? Press to choose, then Next.
meeting-reminder-days = { $days } day(s) before
meeting-reminder-hours = { $hours } hour(s) before
meeting-reminder-minutes = { $minutes } minutes before
meeting-button-next = Next ▶️
meeting-summary =
    <b>Schedule this meeting?</b>
    { $audience }: { $title }
    When: { $when } ({ $hours } h)
    Place/link: { $place }
    { $repeat }
    Invited: { $invitees } members
meeting-button-create = 📅 Schedule and announce
meeting-ics-caption = The meeting's calendar file. Open it to add the meeting to your calendar.
meeting-created = The meeting is scheduled and the invitation was sent to { $invited } members.
meeting-announcement-title = 📅 <b>Invitation: { $audience }</b>
meeting-when = When: { $when } ({ $minutes } minutes)
meeting-place = Place: { $place }
meeting-link = Link: { $url }
meeting-agenda = <b>Agenda:</b>
meeting-rsvp-ask = Please confirm whether you will attend:
meeting-rsvp-hadir = Attending
meeting-rsvp-tidak-hadir = Not attending
meeting-rsvp-diwakilkan = Sending a deputy
meeting-rsvp-pending = no answer yet
meeting-rsvp-saved = Noted: { $rsvp }. Thank you.
meeting-rsvp-refused-not-found = This meeting was not found.
meeting-rsvp-refused-cancelled = This meeting has been cancelled.
meeting-rsvp-refused-over = This meeting has already started or ended.
meeting-rsvp-refused-not-invited = You are not among the invitees of this meeting.
meeting-ask-deputy = What is the name (and position) of the deputy attending in your place?
meeting-deputy-length = The deputy's name must be 3 to 100 characters.
meeting-deputy-saved = Noted: you will be represented by <b>{ $name }</b>. Thank you.
meeting-deputy-in-private = To send a deputy, please answer in this private chat: open the meeting and press "Sending a deputy".
meeting-not-found = Meeting not found.
meeting-none-upcoming = You have no upcoming meetings.
meeting-upcoming-title = <b>Upcoming meetings</b>
meeting-counts = Attending { $hadir } · deputies { $diwakilkan } · not attending { $tidak_hadir } · no answer { $pending }
meeting-own-rsvp = Your answer: { $rsvp }
meeting-cancelled-mark = ❌ Cancelled: { $reason }
meeting-button-open = Open the meeting
meeting-button-mute = 🔕 Mute this meeting's reminders
meeting-button-unmute = 🔔 Unmute this meeting's reminders
meeting-muted = This meeting's reminders are muted for you.
meeting-unmuted = This meeting's reminders are on again.
meeting-button-answers = 📋 Answers
meeting-button-nudge = 🔔 Remind those who have not answered
meeting-answers-title = <b>Answers to the invitation: { $title }</b>
meeting-answers-more = … and { $count } more.
meeting-nudge = Please confirm whether you will attend the meeting <b>{ $title }</b> ({ $when }).
meeting-nudged = A reminder went to { $count } members who have not answered.
meeting-reminder-title = ⏰ Meeting reminder, { $lead }:
settings-title =
    <b>Settings</b>
    Meeting reminders: { $reminders }
settings-reminders-on = on
settings-reminders-off = muted
settings-button-reminders-off = 🔕 Mute all meeting reminders
settings-button-reminders-on = 🔔 Turn meeting reminders on
meeting-button-change = ✏️ Change or cancel the meeting
meeting-change-ask = What do you want to change about the meeting <b>{ $title }</b>?
meeting-button-reschedule = 🕘 Reschedule
meeting-button-cancel-meeting = ❌ Cancel the meeting
meeting-moved-title = 🕘 <b>The meeting has been rescheduled</b> (it was { $previous }).
meeting-moved-done = Rescheduled; { $invited } invitees were told and the reminders follow the new time.
meeting-ask-cancel-reason = Write the reason for cancelling. It is sent to every invitee.
meeting-cancel-reason-length = The reason must be 5 to 300 characters.
meeting-ics-cancel-caption = The cancellation's calendar file: open it to remove the meeting from your calendar.
meeting-cancelled-notice =
    ❌ <b>{ $audience } cancelled</b>
    { $title } ({ $when })
    Reason: { $reason }
meeting-cancelled-done = Meeting cancelled; { $invited } invitees were told and its reminders stopped.
cmd-rapat_lalu = Past meetings: attendance and minutes
meeting-attendance-prompt = 📋 The meeting <b>{ $title }</b> has started. Open the attendance list so participants can mark their presence.
meeting-button-open-attendance = 📋 Open the attendance list
meeting-attendance-opened = The attendance list is open; participants are asked to mark their presence.
meeting-attendance-already-open = The attendance list is already open.
meeting-attendance-ask = 📋 The attendance list of the meeting <b>{ $title }</b> is open. If you are taking part, please press the button below.
meeting-button-present = ✅ I am present
meeting-present-saved = Your presence is recorded. Thank you.
meeting-attendance-closed = This meeting's attendance list is not open, or is already closed.
meeting-attendance-title = <b>Attendance: { $title }</b>
    Present { $present } of { $invited } invited. Press a name to correct it.
meeting-button-attendance-csv = 📥 Download the attendance list (CSV)
meeting-attendance-csv-caption = Attendance list of the meeting { $title }.
meeting-none-past = No meetings have taken place yet.
meeting-past-title = <b>Past meetings</b>
meeting-past-attendance = { $present } of { $invited } present
meeting-past-cancelled = cancelled

## Meetings: calendar picker, recurrence, minutes and action items
meeting-button-calendar = 📅 Pick on a calendar
meeting-pick-day = Please pick the meeting date:
meeting-pick-time = { $date }. What time does the meeting start ({ $zone })? Pick below, or type the time, e.g. 13.30.
calendar-weekdays = Mon Tue Wed Thu Fri Sat Sun
meeting-ask-repeat = Does this meeting repeat?
meeting-button-once = Just once
meeting-button-weekly = 🔁 Every week
meeting-button-monthly = 🔁 Every month
meeting-repeat-weekly = every week
meeting-repeat-monthly = every month
meeting-ask-until = The meeting repeats { $frequency } until which date? E.g. 31/03/2027 or 31 March 2027.
meeting-until-before-first = The end date must be after the first meeting.
meeting-until-too-far = A repeating meeting can run for at most one year from the first meeting. Please choose an earlier end date.
meeting-until-single = There is only one meeting in that range. Please choose a later end date, or type /batal and schedule a one-off meeting.
meeting-repeat-check = 🔁 The meeting will be held { $frequency }, { $count } times; the last one <b>{ $last }</b>.
meeting-summary-repeat = Repeats: { $frequency }, { $count } times (last { $last })
meeting-summary-once = Repeats: no (just once)
meeting-created-series = The repeating meeting is scheduled and invitations were sent to { $invited } members.
meeting-series-title = 🔁 <b>Repeating meeting { $frequency }, { $count } times:</b>
meeting-series-more = … and { $count } more.
meeting-series-rsvp-note = The answer below is for the first meeting. Later meetings can be answered in /rapat or from their reminders.
meeting-ask-scope = This meeting is part of a repeating series. Apply the change to:
meeting-button-scope-one = This meeting only
meeting-button-scope-following = This and the following ({ $count } meetings)
meeting-series-moved-title = 🕘 <b>Repeating meeting rescheduled</b>: { $count } meetings, starting with the one formerly on { $previous }.
meeting-series-cancelled-notice =
    ❌ <b>{ $audience } cancelled: { $count } meetings</b>
    { $title }, from { $when }
    Reason: { $reason }
meeting-button-minutes = 📝 Minutes and action items
meeting-button-update-minutes = 📝 Update the minutes
meeting-button-view-minutes = 📄 View the minutes
meeting-minutes-not-yet = Minutes can be shared once the meeting has started.
meeting-minutes-ask = 📝 Minutes of <b>{ $title }</b>. Please upload the minutes as a document (e.g. PDF or Word; a caption is welcome), or write them here (at most { $max } characters).
meeting-minutes-ask-replace = 📝 The minutes of <b>{ $title }</b> were already shared. What you send now replaces them and is sent to the invitees again; existing action items stay. Please upload a document or write the minutes (at most { $max } characters).
meeting-minutes-expected = Please upload the minutes as a document, or write them as text.
meeting-minutes-photo = Please send the minutes as a document (PDF or Word), not a photo, so they stay readable. You may also write them as text.
meeting-minutes-length = Written minutes must be 10 to { $max } characters. Please upload longer minutes as a document.
meeting-action-ask-any = Are there action items (what, who, due date) from this meeting?
meeting-action-ask-more = Add another action item, or go on to the preview?
meeting-action-button-add = ➕ Add an action item
meeting-action-added = Action item { $count } recorded:
meeting-action-items-title = <b>Action items:</b>
meeting-action-ask-what = What is the action item? (5 to 300 characters)
meeting-action-what-length = An action item must be 5 to 300 characters.
meeting-action-ask-who = Who owns it? Type the name (or part of it) of a meeting invitee.
meeting-action-who-length = A name must be 2 to 100 characters.
meeting-action-pick-owner = Please pick the owner, or type another name to search again:
meeting-action-no-match = No invitee has that name. Type another name to search again, or record just this name (no reminders):
meeting-action-button-name-only = ✍️ Record just "{ $name }"
meeting-action-ask-due = When is it due? E.g. 15/01/2027, 15 January 2027, or "Jumat depan".
meeting-action-due = due { $date }
meeting-minutes-preview =
    <b>Minutes preview: { $title }</b>
    To be sent to { $invited } invitees.
meeting-minutes-preview-file = Document: { $name }
meeting-button-share-minutes = 📤 Share the minutes
meeting-minutes-shared = The minutes were shared with { $invited } invitees, { $items ->
        [0] without action items.
       *[other] with { $items } action items.
    }
meeting-minutes-title = 📝 <b>Meeting minutes: { $title }</b>
meeting-minutes-updated-title = 📝 <b>Meeting minutes updated: { $title }</b>
meeting-minutes-file-caption = Minutes of { $title }
meeting-minutes-none = The minutes of this meeting have not been shared yet.
meeting-action-assigned =
    📌 You own an action item from <b>{ $title }</b>:
    { $what }
    Due: { $due }
meeting-button-action-done = ✅ Mark as done
meeting-action-done = Action item marked as done. Thank you.
meeting-action-already-done = This action item was already marked as done.
meeting-action-not-yours = Sorry, this action item is not yours.
meeting-action-reminder-before =
    ⏰ Action item reminder, due tomorrow ({ $due }):
    { $what }
    Meeting: { $title }
meeting-action-reminder-due =
    ⏰ Action item due today ({ $due }):
    { $what }
    Meeting: { $title }
meeting-own-actions-title = <b>Your action items</b>
meeting-past-minutes = minutes ✓
meeting-past-no-minutes = no minutes yet

meeting-button-change-place = 📍 Change place or link
meeting-button-change-text = 📝 Change title or agenda
meeting-ask-which-text = Change the title or the agenda?
meeting-button-title = Title
meeting-button-agenda = Agenda
meeting-details-changed-title = 📝 <b>The meeting's details were updated.</b>
meeting-series-details-changed-title = 📝 <b>The repeating meeting's details were updated</b> for { $count } meetings, from the one below.
meeting-details-changed-done = Meeting updated; { $invited } invitees were told.
meeting-ics-organizer = Forum Kominfo Secretariat
meeting-ics-alarm-label = Reminder
meeting-agenda-recommendations = <b>Recommendations on the agenda:</b>

## Recommendations (usulan)
cmd-usul = Submit a recommendation
cmd-usulan = Your pokja's recommendations
cmd-usulan_saya = Recommendations you submitted
cmd-tinjau = Review your pokja's recommendations (coordinators and admins)
cmd-rekap_usulan = Recommendation report and export (coordinators and admins)
rec-status-diajukan = Submitted
rec-status-ditinjau = Under review
rec-status-dibahas = Under discussion
rec-status-diterima = Accepted
rec-status-ditolak = Rejected
rec-status-perlu-revisi = Needs revision
rec-status-ditindaklanjuti = In follow-up
rec-status-selesai = Completed
rec-category-kebijakan = Policy
rec-category-infrastruktur = Infrastructure
rec-category-aplikasi = Applications
rec-category-data = Data
rec-category-keamanan = Security
rec-category-sdm = Human resources
rec-category-lainnya = Other
rec-action-ditinjau = 🔎 Start review
rec-action-dibahas = 🗣 Mark as discussed
rec-action-diterima = ✅ Accept
rec-action-ditolak = ❌ Reject
rec-action-perlu-revisi = ✏️ Ask for revision
rec-action-ditindaklanjuti = 🚧 Mark as in follow-up
rec-action-selesai = 🏁 Mark as completed
rec-limit-reached = Sorry, you have already submitted { $limit } recommendations today, the daily limit per member. Please submit the next one tomorrow. Thank you for taking part.
rec-no-pokja = You are not a member of any pokja yet. Please join one first with /pokja.
rec-ask-pokja = Which pokja is this recommendation for?
rec-ask-category = Recommendation for Pokja { $pokja }. Which category?
rec-ask-title = What is the title of your recommendation? ({ $min } to { $max } characters)
rec-title-length = The title must be { $min } to { $max } characters.
rec-similar-found = This pokja already has a recommendation with a similar title. If you mean the same, you can support it:
rec-button-support-existing = 👍 Support #{ $id }
rec-button-submit-anyway = Submit a new one anyway
rec-button-retitle = Change the title
rec-ask-problem = 1/3 · <b>Problem</b>: what problem should be solved? ({ $left } characters left for all three parts)
rec-ask-solution = 2/3 · <b>Proposed solution</b>: what do you propose? ({ $left } characters left)
rec-ask-benefit = 3/3 · <b>Benefit</b>: what would it bring? ({ $left } characters left)
rec-part-too-short = Please explain a little more (at least { $min } characters).
rec-description-too-long = Problem, solution and benefit together may have at most { $max } characters. { $left } are left for this part; please shorten it.
rec-ask-task = Is this related to a national SPBE task? Type the task number or keywords, or press Skip.
rec-task-pick = Pick the related SPBE task, or type other keywords:
rec-task-none = No SPBE task matches. Type another number or keywords.
rec-ask-attachments = Attachments (optional): send at most { $max } documents (PDF, Word, Excel, PowerPoint) or photos, one at a time.
rec-button-no-attachments = No attachments ▶️
rec-button-attachments-done = Done attaching ▶️
rec-attachment-added = Attachment { $count } of { $max } received. Send the next file or press Done.
rec-attachments-max = At most { $max } attachments. This file was not kept; press Done to go on.
rec-attachment-type = This kind of file cannot be attached. Please send a PDF, Word, Excel, PowerPoint or text document, or a photo.
rec-attachment-expected = Please send a document or a photo as an attachment, or press the button above to go on.
rec-preview-title = <b>Recommendation preview</b> (not submitted yet)
rec-preview-no-task = Related SPBE task: none
rec-button-submit = 📤 Submit
rec-submitted = Thank you. Recommendation #{ $id } was submitted and passed to the pokja's coordinators. You will hear of every step.
rec-support-ok = Your support for recommendation #{ $id } is recorded. You will also hear of its progress.
rec-support-own = This is your own recommendation; only other members can support it.
rec-support-already = You already support recommendation #{ $id }.
rec-support-not-found = Recommendation not found.
rec-part-problem = <b>Problem</b>
rec-part-solution = <b>Proposed solution</b>
rec-part-benefit = <b>Benefit</b>
rec-card-meta = Pokja { $pokja } · { $category } · <b>{ $status }</b>
rec-card-submitter = Submitted by { $name } ({ $agency }), { $date }
rec-card-supports = 👍 { $count } supporters
rec-card-related-task = Related SPBE task: { $number }. { $title }
rec-card-meeting = Discussed in the meeting: { $title } ({ $when })
rec-card-follow-up-task = Followed up in SPBE task { $number }. { $title }
rec-card-attachments = Attachments: { $count }
rec-card-history = <b>History</b>
rec-history-submitted = submitted by { $who }
rec-history-resubmitted = revised and resubmitted by { $who }
rec-history-undo = last step undone by { $who }; back to { $status }
rec-history-meeting = scheduled for discussion in { $meeting } by { $who }
rec-history-task = linked to SPBE task { $number } by { $who }
rec-history-undone = (undone)
rec-button-support = 👍 Support ({ $count })
rec-button-supported = 👍 Supported ({ $count })
rec-button-follow = 🔔 Follow
rec-button-unfollow = 🔕 Unfollow
rec-button-attachments = 📎 Attachments ({ $count })
rec-button-revise = ✏️ Revise and resubmit
rec-button-meeting = 📅 Discuss in a meeting
rec-button-link-task = 🔗 Link to an SPBE task
rec-button-undo = ↩️ Undo the last step
rec-button-open = View recommendation
rec-button-review = 🔎 Review it
rec-notice-new =
    🆕 <b>New recommendation #{ $id }</b> for Pokja { $pokja } ({ $category })
    { $title }
    From { $name } ({ $agency })
rec-notice-resubmitted =
    🔁 <b>Recommendation #{ $id } was revised</b> and resubmitted (Pokja { $pokja }, { $category })
    { $title }
    From { $name } ({ $agency })
rec-notice-title = 📋 Recommendation #{ $id }: <b>{ $title }</b>
rec-notice-status = Status: { $from } → <b>{ $to }</b>
rec-notice-status-same = Status: <b>{ $status }</b>
rec-notice-undo = The last step was undone; the status is back to <b>{ $status }</b>.
rec-notice-comment = Note: { $comment }
rec-notice-by = By: { $name }
rec-ask-comment = The status will become { $status }. Add a note for the submitter (optional):
rec-ask-reason = The status will become { $status }. Please write the reason; it is sent to the submitter.
rec-button-no-comment = No note ▶️
rec-comment-length = A note must be 3 to 1,000 characters.
rec-changed = Recommendation #{ $id } is now { $status }. The submitter and followers were told.
rec-refused-not-found = Recommendation not found.
rec-refused-stale = This recommendation has changed since this button was sent. Please open its card again.
rec-refused-not-allowed = This step is not possible in the recommendation's current status.
rec-refused-reason-required = This step needs a reason.
rec-refused-nothing-to-undo = There is no step to undo.
rec-refused-not-reviewer = Sorry, only the pokja's coordinators and the secretariat's admins can review this recommendation.
rec-undone = The last step was undone; the status is back to { $status }.
rec-revise-title =
    ✏️ <b>Revise recommendation #{ $id }</b>
    Reviewer's note: { $reason }
    Choose what to change, then press Resubmit.
rec-edit-title = ✏️ Title
rec-edit-problem = ✏️ Problem
rec-edit-solution = ✏️ Solution
rec-edit-benefit = ✏️ Benefit
rec-button-resubmit = 📤 Resubmit
rec-resubmitted = Recommendation #{ $id } was resubmitted. Thank you; the pokja's coordinators were told.
rec-ask-link-task = Type the number or keywords of the SPBE task this recommendation is carried out under:
rec-linked = Recommendation #{ $id } is linked to SPBE task { $number }.
rec-linked-comment = followed up in SPBE task { $number }. { $title }
rec-no-meetings = This pokja has no meeting scheduled yet. Schedule one first with /rapat_baru.
rec-ask-meeting = In which meeting is recommendation #{ $id } discussed?
rec-meeting-comment = discussed in the meeting { $title } ({ $when })
rec-on-meeting = Recommendation #{ $id } is on the agenda of <b>{ $title }</b> ({ $when }).
rec-not-found = Recommendation not found.
rec-followed = You now follow recommendation #{ $id }.
rec-unfollowed = You no longer follow recommendation #{ $id }.
rec-attachment-caption = Attachment { $n } of { $count }, recommendation #{ $id }
rec-mine-none = You have not submitted any recommendation yet. Submit one with /usul.
rec-mine-title = <b>Your recommendations</b> ({ $total })
rec-page = Page { $page }/{ $pages } · { $total } recommendations
rec-ask-list-pokja = Which pokja's recommendations?
rec-pokja-not-member = Only this pokja's members can see its recommendations.
rec-list-title = <b>Recommendations of Pokja { $pokja }</b> ({ $total })
rec-list-filter = Status: { $status } · Category: { $category }
rec-list-none = No recommendation matches this filter.
rec-filter-all = All
rec-button-filter-status = Filter by status
rec-button-filter-category = Filter by category
rec-queue-none = No recommendation is waiting for action.
rec-queue-title = <b>Recommendations waiting for action</b> ({ $total }), oldest first
rec-queue-meta = Pokja { $pokja } · { $status } · submitted { $date } · 👍 { $supports }
rec-reviewers-only = Sorry, this is for pokja coordinators and the secretariat's admins only.
rec-report-ask-period = Report for which period?
rec-period-30 = Last 30 days
rec-period-90 = Last 90 days
rec-period-year = This year
rec-period-all = All time
rec-report-title = <b>Recommendation report</b> ({ $period }): { $total } recommendations
rec-report-chart-title = Forum Kominfo Recommendations
rec-report-subtitle = { $period } · { $total } recommendations
rec-report-by-status = By status
rec-report-by-category = By category
rec-report-by-province = By province
rec-report-empty = No recommendations in this period yet.
rec-report-more-provinces = … and { $count } more provinces
rec-button-csv = 📥 CSV
rec-button-xlsx = 📥 Excel (XLSX)
rec-export-caption = Recommendation report ({ $period }), { $total } recommendations.
rec-central = Central ministries and agencies
rec-col-id = Recommendation No.
rec-col-pokja = Pokja
rec-col-category = Category
rec-col-status = Status
rec-col-title = Title
rec-col-submitter = Submitter
rec-col-agency = Agency
rec-col-province = Province
rec-col-supports = Supporters
rec-col-submitted = Submitted
rec-col-updated = Updated
rec-col-task = Related SPBE task
rec-col-count = Count
rec-col-total = Total
rec-sheet-rows = Recommendations
rec-sheet-summary = Summary
