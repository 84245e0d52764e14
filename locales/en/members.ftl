## Statuses and roles
status-pending = awaiting approval
status-approved = active
status-rejected = rejected
status-suspended = suspended
status-erased = personal data erased
role-member = Member
role-coordinator = Pokja coordinator
role-admin = Secretariat admin
timezone-wib = WIB (Western Indonesia Time)
timezone-wita = WITA (Central Indonesia Time)
timezone-wit = WIT (Eastern Indonesia Time)

## /start
start-unregistered =
    Welcome to <b>Forum Kominfo Bot</b>, { $name }

    This bot connects the Ministry of Communication and Digital Affairs (Komdigi) with the provincial and regency/city Dinas Kominfo to coordinate SPBE: working groups (pokja), meetings, recommendations and the progress of the national SPBE tasks.

    You are not registered yet. Please register as a forum member; the secretariat will verify your registration.
start-configured-admin =
    Welcome. { $name }, you are listed as a <b>secretariat admin</b> in the bot's configuration.

    Use /admin to review registrations. Please complete your profile by registering, so that your name and agency are on record.
start-button-register = 📝 Register now
start-button-register-again = 📝 Register again
start-pending =
    { $name }, welcome back.

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
start-configured-admin-profile = ℹ️ The bot created your profile from your Telegram name, at the Forum Kominfo secretariat. Please check and correct your name, agency and position in /profil.
start-continue-with = Please go on by typing /{ $command } here.

## Registration
reg-intro = Thank you for your interest in joining Forum Kominfo. Registration takes a few short questions. Type /batal at any time to cancel.
reg-ask-name = 1/5 · What is your full name (with academic titles, if any)?
reg-name-too-short = The name is too short. Please write your full name.
reg-name-too-long = The name is too long (at most 100 characters). Please write it again.
reg-name-invalid-characters = A name may contain only letters, spaces, full stops, commas, apostrophes, hyphens and brackets. Please write it again.
reg-name-case-offer =
    We will record your name as:
    <b>{ $proper }</b>

    Is that right? If something is wrong, type your name again.
reg-button-name-proper = ✅ { $proper }
reg-button-name-as-typed = Keep: { $typed }
reg-name-chosen = Name: <b>{ $name }</b>
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
reg-ask-nip = 4/5 · Please type your NIP or NI PPPK (18 digits, spaces allowed). It is optional; press or type Skip if you prefer not to give it.
reg-nip-invalid-format = A NIP contains only digits (spaces, dots or hyphens may separate them). Please check it.
reg-nip-invalid-length = A NIP has 18 digits. Please check it.
reg-nip-invalid-birth-date = The first eight digits of the NIP (date of birth) are not valid. Please check it.
reg-nip-invalid-tmt = Digits 9 to 14 of the NIP (year and month of appointment; for an NI PPPK: year of appointment and the code 21) are not valid. Please check it.
reg-nip-invalid-gender = Digit 15 of the NIP (gender) must be 1 or 2. Please check it.
reg-nip-invalid-serial = The last three digits of the NIP (serial number) are not valid. Please check it.
reg-ask-phone = 5/5 · If you wish, share your phone number with the button below so the secretariat can reach you. It is optional; press Skip if you prefer not to share it.
reg-phone-use-button = Please use the "Share my phone number" or "Skip" button below.
reg-phone-not-own = Please share your own phone number with the button below, not someone else's contact.
reg-phone-saved = Thank you, your phone number has been noted.
reg-phone-skipped = All right, no phone number.
reg-nip-skipped = All right, no NIP.
nip-label-pns = NIP
nip-label-pppk = NI PPPK
reg-consent =
    <b>Consent to the processing of personal data</b> (Law No. 27 of 2022 on Personal Data Protection)

    What we store: your full name, agency, position, NIP and phone number (if given), and your Telegram ID and username.

    Why: to verify Forum Kominfo membership, coordinate the working groups, send meeting invitations and official forum communication.

    Who can see it: the forum secretariat sees all of it; pokja coordinators see the name, position and agency of their pokja's members. Your NIP and phone number are not shown to other members.

    You can view and correct your data at any time with /profil, download all of it with /data_saya, and erase it with /hapus_akun. The data is kept while you are a member of the forum; a rejected application is erased { $rejectedDays } days after the rejection.

    Do you consent to this processing?
reg-button-consent-yes = ✅ I agree
reg-button-consent-no = I do not agree
reg-consent-declined = All right, the registration stops here and none of your data is stored. You may register again at any time with /daftar.
reg-summary =
    <b>Please check your registration details:</b>

    Name: { $name }
    Agency: { $agency }
    Position: { $position }
    { $nipLabel }: { $nip }
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
card-nip = <b>{ $label }:</b> { $value }
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
profile-edit-not-allowed = Sorry, your profile cannot be changed now because of your membership status. Please contact the Forum Kominfo secretariat.
profile-saved-pending = Your registration details have been updated. The secretariat admins have received the new details for approval.
profile-nip-erased = Your NIP has been removed from your profile.
profile-phone-erased = Your phone number has been removed from your profile.
reg-changed-admin-notice = ✏️ <b>An applicant changed their registration details</b> (the earlier notice shows the old ones). Current details:

## Notifications to members
member-approved = Congratulations, { $name }! Your Forum Kominfo membership has been <b>approved</b>. Type /menu to open the main menu with every feature.
member-rejected =
    { $name }, we are sorry: your registration <b>could not be approved</b>.
    Reason: { $reason }

    You may register again with /daftar after correcting your details.
member-rejected-no-reason =
    { $name }, we are sorry, your registration <b>could not be approved</b>.

    If you have questions, please contact the Forum Kominfo secretariat. You may register again with /daftar.
member-role-changed = { $name }, your role in Forum Kominfo is now: <b>{ $role }</b>.
member-suspended =
    { $name }, your Forum Kominfo membership has been <b>suspended</b>.
    Reason: { $reason }

    Please contact the secretariat for more information.
member-reinstated = { $name }, your Forum Kominfo membership has been <b>reinstated</b>. Welcome back.
profile-button-broadcasts-on = 📣 Broadcasts: on
profile-button-broadcasts-off = 📣 Broadcasts: off
profile-broadcasts-declined = All right, you will not receive ordinary broadcasts. Official announcements of the secretariat still reach you.
profile-broadcasts-accepted = All right, you receive broadcasts again.
