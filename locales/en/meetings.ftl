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
meeting-ask-duration = How long is the meeting? Press a button, or type it, e.g. "90 minutes", "1.5 hours" or "2 hours 30 minutes".
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
    When: { $when } ({ $duration })
    Place/link: { $place }
    { $repeat }
    Reminders: { $reminders }
    Invited: { $invitees } members

    <b>Agenda:</b>
    { $agenda }

    To change anything, press a ✏️ button below.
meeting-button-create = 📅 Schedule and announce
meeting-ics-caption = The meeting's calendar file. Open it to add the meeting to your calendar.
meeting-created = The meeting is scheduled and the invitation was sent to { $invited } members.
meeting-announcement-title = 📅 <b>Invitation: { $audience }</b>
meeting-when = When: { $when } ({ $minutes } minutes)
meeting-place = Place: { $place }
meeting-link = Link: { $url }
meeting-agenda = <b>Agenda:</b>
meeting-rsvp-ask = Please confirm whether you will attend:
meeting-rsvp-hadir = Will attend
meeting-rsvp-tidak-hadir = Not attending
meeting-rsvp-diwakilkan = Sending a deputy
meeting-rsvp-pending = No answer yet
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
meeting-counts = Will attend { $hadir } · deputies { $diwakilkan } · not attending { $tidak_hadir } · no answer { $pending }
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
meeting-nudge = Please confirm whether you will attend <b>{ $title }</b> ({ $when }).
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
meeting-change-ask = What do you want to change about <b>{ $title }</b>?
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
meeting-attendance-prompt = 📋 <b>{ $title }</b> has started. Open the attendance list so participants can mark their presence.
meeting-button-open-attendance = 📋 Open the attendance list
meeting-attendance-opened = The attendance list is open; participants are asked to mark their presence.
meeting-attendance-already-open = The attendance list is already open.
meeting-attendance-ask = 📋 The attendance list is open: <b>{ $title }</b>. If you are taking part, please press the button below.
meeting-button-present = ✅ I am present
meeting-present-saved = Your presence is recorded. Thank you.
meeting-attendance-closed = This meeting's attendance list is not open, or is already closed.
meeting-attendance-title = <b>Attendance: { $title }</b>
    Present { $present } of { $invited } invited. Press a name to correct it; for those who sent a deputy, press the name when the deputy is present.
meeting-button-attendance-csv = 📥 Download the attendance list (CSV)
meeting-attendance-csv-caption = Attendance list: { $title }
meeting-none-past = No meetings have taken place yet.
meeting-past-title = <b>Past meetings</b>
meeting-past-attendance = { $present } of { $invited } present
meeting-past-cancelled = cancelled

## Meetings: calendar picker, recurrence, minutes and action items
meeting-button-calendar = 📅 Pick on a calendar
meeting-pick-day = Please pick the meeting date:
meeting-pick-time = { $date }. What time does the meeting start ({ $zone })? Pick below, or type the time, e.g. 13.30.
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
meeting-series-days-off = Please note: these meetings fall on a public holiday, cuti bersama or a weekend. Press "Schedule" if they go ahead anyway, or change the date or the repetition:
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
meeting-minutes-title = 📝 <b>Minutes: { $title }</b>
meeting-minutes-updated-title = 📝 <b>Minutes updated: { $title }</b>
meeting-minutes-file-caption = Minutes: { $title }
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

# Typed durations, the preview's changes, days off.
meeting-duration-format = The length was not recognised. Please type it like "90 menit", "1,5 jam" or "2 jam 30 menit", or press a button.
meeting-duration-too-short = A meeting lasts at least 15 minutes.
meeting-duration-too-long = A meeting lasts at most 12 hours. For an event of several days, please schedule one meeting per day.
meeting-duration-check = Length: { $duration }.
meeting-duration-label-hours = { $hours } h
meeting-duration-label-minutes = { $minutes } min
meeting-duration-label-both = { $hours } h { $minutes } min
meeting-summary-no-reminders = none
meeting-edit-pokja = ✏️ Pokja
meeting-edit-title = ✏️ Title
meeting-edit-agenda = ✏️ Agenda
meeting-edit-when = ✏️ Date and time
meeting-edit-duration = ✏️ Length
meeting-edit-place = ✏️ Place/link
meeting-edit-reminders = ✏️ Reminders
meeting-edit-repeat = ✏️ Repetition
meeting-day-off-holiday = { $date } is { $name }.
meeting-day-off-saturday = { $date } is a Saturday.
meeting-day-off-sunday = { $date } is a Sunday.
meeting-button-day-off-keep = Yes, schedule it
meeting-button-day-off-other = Pick another date

# Reminding those who have not answered (asked first), deputies on the attendance list.
meeting-nudge-none = Everyone invited has answered; there is no one to remind.
meeting-nudge-confirm = Send a reminder to the { $count } members who have not answered the invitation to <b>{ $title }</b>?
meeting-button-nudge-send = 🔔 Yes, send to { $count } members
meeting-button-nudge-cancel = Do not send
meeting-nudge-cancelled = The reminder was not sent.
meeting-attendance-deputy = represented by { $name }
meeting-attendance-deputies-title = <b>Sent a deputy:</b>
meeting-present-deputy = You answered that a deputy will attend for you; the meeting's coordinator marks your deputy present.
meeting-day-off-ask = Schedule it anyway?
meeting-action-due-moved = { $reason } The deadline moves to the next working day: { $moved }.
meeting-action-reminder-before-workday =
    ⏰ Action item reminder, due on the next working day ({ $due }):
    { $what }
    Meeting: { $title }

# Reminders to the pokja's linked groups (the coordinator's choice per meeting).
meeting-ask-group-reminders = Also send the reminders to the Telegram group of Pokja { $pokja }? In the group, times are given in WIB, WITA and WIT, without the online link and without answer buttons.
meeting-button-group-reminders-yes = Yes, the group too
meeting-button-group-reminders-no = No, invitees only
meeting-summary-group-reminders-on = Reminders to the pokja group: yes
meeting-summary-group-reminders-off = Reminders to the pokja group: no
meeting-edit-group-reminders = ✏️ Group reminders
meeting-button-group-reminders-on = 👥 Also remind the pokja group
meeting-button-group-reminders-off = 👥 Stop reminding the pokja group
meeting-group-reminders-set-on = The reminders of this meeting will also go to the pokja group.
meeting-group-reminders-set-off = The reminders of this meeting no longer go to the pokja group.
meeting-group-reminders-unavailable = Group reminders cannot be set: the meeting has started or was cancelled, or the pokja has no linked group.
meeting-link-private = 🔗 This meeting is also online; the link is sent to the invitees in their private chat with the bot.
meeting-group-reminder-note = Invitees get their reminder, with the meeting link, in their private chat with the bot.
