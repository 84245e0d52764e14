task-status-belum-dimulai = Not started
task-status-berjalan = In progress
task-status-selesai = Done
task-status-ditunda = Postponed
task-none = -
task-no-pokja = No pokja
task-overdue-mark = ⚠️ overdue
task-catalogue-empty = The SPBE task catalogue is empty. Secretariat admins can import it with /impor_tugas.
task-summary-title = <b>Progress of the national SPBE tasks</b> (as of { $date })
task-summary-total =
    Tasks: <b>{ $total }</b>
    Not started { $notStarted } · in progress { $running } · done { $done } · postponed { $postponed }
    Overdue: <b>{ $overdue }</b> · average progress { $average }%
task-summary-line = <b>{ $name }</b>: { $total } tasks · done { $done } · in progress { $running } · overdue { $overdue } · average { $average }%
task-button-overdue = ⚠️ Overdue
task-button-all = All tasks
task-button-my-agency = 🏢 My agency's tasks
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
task-card-status = Status: <b>{ $status }</b> · progress { $progress }%{ $late }
task-card-target = Target: { $target }
task-card-responsible = Responsible: { $responsible }
task-card-pokja = Pokja: { $pokja }
task-card-legal = Legal basis: { $legal }
task-card-note = Latest note: { $note } ({ $by }, { $at })
task-card-history = <b>Recent history:</b>
task-history-created = added to the catalogue
task-history-status = status { $from } → { $to }
task-history-progress = progress { $from } → { $to }%
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
task-update-ask-progress = Type the progress 0-100 (now { $progress }%), or press the button to keep it.
task-button-keep = Keep { $value }
task-update-progress-invalid = Progress must be a whole number from 0 to 100, e.g. 45.
task-update-done-under-100 = Status <b>done</b>, but progress { $progress }%. Make it 100%?
task-button-make-100 = Yes, make it 100%
task-button-keep-progress = Keep { $progress }%
task-update-ask-note = Write a short note on this progress (at most { $max } characters), or press Skip.
task-update-note-length = The note must be 2 to { $max } characters.
task-update-ask-audience = Who should hear of this update?
task-button-followers-only = The task's followers only
task-button-followers-and-pokja = Followers and members of Pokja { $pokja }
task-update-confirm =
    <b>Save this update of Task { $number }?</b>
    Status: { $status }
    Progress: { $progress }%
    Note: { $note }
task-note-unchanged = (note unchanged)
task-button-save = 💾 Save
task-update-saved = Task { $number } has been updated. { $notified } people were notified.
task-update-unchanged = Nothing changed in Task { $number }.
task-update-notification = 📌 <b>Task { $number}</b> updated: { $title }
    Status: { $status } · progress { $progress }%{ $note }
    By { $by }
task-update-notification-note = Note: { $note }
task-csv-caption = SPBE task catalogue ({ $count } tasks).
task-inline-register = Register as a Forum Kominfo member
task-inline-title = Task { $number } — { $title }
task-inline-pending = Your registration is still being reviewed
task-inline-register-again = Registration declined — register again
task-inline-suspended = Your membership is suspended
task-inline-none = No matching tasks — open /tugas
task-inline-failed = The search failed — try again or open /tugas
task-digest-title = 📋 <b>Pokja tasks that need attention</b> ({ $date })
task-digest-overdue = <b>Just past their target ({ $count }):</b>
task-digest-overdue-total = Overdue tasks of the pokja in all: { $count }.
task-digest-due-soon = <b>Due within 7 days ({ $count }):</b>
task-digest-line = • Task { $number } — { $title } (target { $target }, { $progress }%)
task-import-intro =
    Send the task catalogue as a CSV file (UTF-8, comma or semicolon separated, as Excel or LibreOffice save it; at most 1 MB).
    Columns: <code>{ $columns }</code>
    Required: nomor and judul. The whole file is checked first; nothing is saved before you approve the summary.
    Column berlaku_untuk: nasional (when empty), semua, provinsi, kabkota, or a list of agency codes (e.g. <code>daftar: 35.78; 73.71</code>). Older files without this column still import.
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
task-import-error-invalid-scope = "{ $value }" is not known. Write nasional, semua, provinsi, kabkota, or a list of agency codes (e.g. daftar: 35.78; 73.71).
task-import-error-empty-scope-list = The list of agencies is empty. Write agency codes after "daftar:".
task-import-error-too-many-scope-agencies = The list has { $count } agencies; at most { $max }.
task-import-error-unknown-scope-agency = These agency codes are not in the agency registry: { $value }.
task-import-error-too-many-errors = { $count } more problems are not shown.
task-import-error-unreadable = The file could not be downloaded or read. Please send it again.
cmd-tugas_instansi = My agency's SPBE tasks: status and progress
task-agency-not-reported = Not reported
task-agency-scope-all = all regional agencies ({ $count })
task-agency-scope-provinces = all provinces ({ $count })
task-agency-scope-regencies = all regencies and cities ({ $count })
task-agency-scope-list = selected agencies ({ $count })
task-agency-applies = Applies to: { $scope }
task-agency-figure = <b>{ $title }: { $done } of { $total } agencies done ({ $percent }%)</b>
task-agency-counts =
    Not reported { $notReported } · not started { $notStarted } · in progress { $running } · done { $done } · postponed { $postponed }
    Average progress { $average }%
task-agency-mine-title = <b>Your agency</b> ({ $agency }):
task-agency-mine-not-applicable = This task does not apply to { $agency }.
task-agency-mine-status = Status: <b>{ $status }</b> · progress { $progress }%{ $late }
task-agency-mine-note = Note: { $note }
task-agency-mine-evidence-link = Evidence: { $url }
task-agency-mine-evidence-file = Evidence: document { $name }
task-agency-mine-updated = Updated { $at } by { $by }
task-agency-button-update = ✏️ Update for my agency
task-agency-button-provinces = 🗺 By province
task-agency-button-not-reported = ⏳ Not reported
task-agency-button-regencies = 🏙 My province's regencies/cities
task-agency-button-regencies-of = 🏙 { $number }
task-agency-button-everywhere = All of Indonesia
task-agency-button-my-province = My province
task-agency-provinces-title = <b>Task { $number } by province</b> — { $title }
    Sorted by share done, highest first.
task-agency-province-line = { $rank }. { $name } { $bar } { $percent }% ({ $done }/{ $total }; not reported { $notReported })
task-agency-central-units = Central units
task-agency-none = No agencies.
task-agency-everywhere = all of Indonesia
task-agency-not-reported-title = <b>Not reported — Task { $number }</b> ({ $area }): { $count } agencies
    { $title }
task-agency-all-reported = Every agency has reported.
task-agency-regencies-title = <b>Regencies/cities of { $province } — Task { $number }</b> ({ $count })
    { $title }
task-agency-mine-list-title = <b>SPBE tasks of { $agency }</b>
task-agency-mine-summary = { $total } tasks apply · done { $done } ({ $percent }%) · overdue { $overdue } · not reported { $notReported }
task-agency-mine-filter = Showing: { $filter } ({ $count })
task-agency-mine-none = No SPBE task applies to your agency yet.
task-agency-target = due { $target }
task-agency-filter-all = All
task-agency-filter-overdue = Overdue
task-agency-filter-not-reported = Not reported
task-agency-national-task = Task { $number } is a national task with one status; agencies do not report on it.
task-agency-not-allowed = Sorry, this view is for approved members only.
task-agency-no-province = Your agency is not in a province, so there are no regencies or cities to show.
task-agency-update-not-allowed = Sorry, you may not update this agency's report for this task.
task-agency-button-own = My agency: { $agency }
task-agency-ask-agency = Updating an agency's report for <b>Task { $number }</b> — { $title }
    Type part of the agency's name to find it among the agencies this task applies to.
task-agency-search-none = No agency this task applies to is named "{ $text }". Try other words.
task-agency-search-results = { $count } agencies found; { $shown } shown. Choose one, or type a fuller name.
task-agency-ask-status = <b>Task { $number }</b> — { $title }
    Agency: { $agency }
    Current status: { $status }. Choose the new status, or press Skip:
task-agency-ask-progress = Type the progress 0-100 (now { $progress }%), or press Skip.
task-agency-ask-note = Write a short note (at most { $max } characters), or press Skip.
task-agency-note-length = A note must be 2 to { $max } characters.
task-agency-ask-evidence = Send a link to the evidence (starting with http:// or https://) or a document, or press Skip.
task-agency-evidence-invalid = That link is not valid. Send a full address starting with http:// or https://, without spaces.
task-agency-evidence-photo = Please send the evidence as a document (not a photo), or send a link.
task-agency-confirm =
    <b>Save the report for Task { $number }?</b>
    Agency: { $agency }
    Before: { $before }
    After: { $after }
    Note: { $note }
    Evidence: { $evidence }
task-agency-saved = The report of { $agency } for Task { $number } has been saved.
task-agency-unchanged = Nothing changed in the report of { $agency } for Task { $number }.
task-agency-refused-unknown-task = This task no longer exists.
task-agency-refused-not-applicable = This task does not apply to that agency.
task-agency-refused-invalid-status = Unknown status.
task-agency-refused-evidence-file = The evidence file could not be saved. Send another file or a link.
task-digest-agency-rollup = <b>Tasks per agency past their target ({ $count }):</b>
task-digest-agency-rollup-line = • Task { $number } — { $title } (due { $target }): { $done } of { $total } agencies done ({ $percent }%); { $late } agencies overdue
task-digest-agency-title = ⏰ <b>Your agency's SPBE tasks past their target</b> ({ $date })
task-digest-agency-intro = { $agency }: { $count } tasks are not finished although their target has passed.
task-digest-agency-line = • Task { $number } — { $title } (due { $target }; { $status })
task-digest-agency-more = … and { $count } more tasks.
task-digest-agency-footer = Please update your agency's report with /tugas_instansi.
task-digest-agency-button = ⚠️ My agency's overdue tasks
task-agency-button-evidence = 📎 View the evidence document
task-agency-no-evidence = This report has no evidence document.
task-agency-evidence-caption = Evidence for Task { $number } — { $agency }
task-agency-line-figure = { $done }/{ $total } agencies done ({ $percent }%)
