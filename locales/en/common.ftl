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
fallback-menu = Please choose what you need from the menu below. To cancel something you are filling in, type /batal.
fallback-menu-hint = For that, please press "{ $button }" in the menu below. Everything else opens from the same menu.

## Multi-step flows
flow-cancelled = All right, cancelled. Nothing was changed.
flow-busy = You are still in another step-by-step process. Finish it first, or type /batal to cancel it.
flow-nothing-to-cancel = There is nothing in progress to cancel.
flow-command-during-flow = You are filling in a form. Please answer the last question above, or type /batal to cancel.
flow-text-expected = Please answer with a text message.
flow-button-expected = Please choose one of the buttons on the message above.
flow-ended-suspended = Your membership was suspended by the secretariat after this process began, so it has been stopped and nothing that was not yet sent has been saved. Please contact the Forum Kominfo secretariat.
flow-ended-status = Your membership status changed to "{ $status }" after this process began, so it has been stopped and nothing that was not yet sent has been saved.
flow-ended-role = Your role changed from { $from } to { $to } after this process began, and with it what you may do. The process has been stopped and nothing that was not yet sent has been saved.
flow-ended-restart = If you still need it, please start again with /{ $command }.

## Commands
cmd-start = Start and see your membership status
cmd-daftar = Register as a Forum Kominfo member
cmd-profil = View and correct your profile
cmd-bantuan = Short help on using the bot
cmd-menu = Main menu: every feature as a button
cmd-batal = Cancel what is in progress
cmd-admin = Secretariat menu (admins)
help-title = <b>Commands you can use:</b>
help-member =
    <b>Forum Kominfo Bot help</b>

    Everything opens from the <b>main menu</b>: press the button below, or type /menu at any time.
    While filling in a form, type /batal to cancel it.
    The full list of commands is behind the Menu button next to Telegram's message field.
    For other questions, please contact the Forum Kominfo secretariat.
help-newcomer =
    <b>Forum Kominfo Bot help</b>

    This bot is for members of the Forum Kominfo. Please register with /daftar; once the secretariat approves it, everything opens from the main menu.
    See the status of your registration with /start and your details with /profil.
help-button-menu = 📋 Open the main menu
menu-title = <b>Forum Kominfo main menu</b>
    Please choose what you need:
menu-prompt = Please choose what you need:
menu-button-rapat = 📅 Meetings
menu-button-tugas = 📊 SPBE tasks
menu-button-usulan = 💡 Recommendations
menu-button-pokja = 👥 Pokja
menu-button-profil = 👤 Profile
menu-button-bantuan = ❓ Help
menu-button-tinjau = 📝 Review recommendations
menu-button-rapat-baru = 🗓️ Schedule a meeting
menu-button-siaran = 📣 Broadcast
menu-button-admin = 🏛️ Secretariat

## Access
access-unregistered = You are not registered as a Forum Kominfo member yet. Please register with /daftar.
access-pending = Your registration is still awaiting approval by the secretariat (submitted { $since }). This feature becomes available once it is approved.
access-rejected =
    Your registration was not approved.
    Reason: { $reason }

    You may register again with /daftar.
access-suspended =
    Your membership is suspended.
    Reason: { $reason }

    Please contact the Forum Kominfo secretariat.
access-admin-only = Sorry, this feature is for Forum Kominfo secretariat admins only.

## Pokja
cmd-pokja = Working groups: list, join and leave
cmd-anggota = Pokja members (coordinators and admins)
cmd-undangan = Invite link to a pokja group (coordinators)
cmd-hubungkan = Link this group to a pokja
cmd-putuskan = Unlink this group from its pokja

## Broadcasts
cmd-siaran = Send a broadcast (coordinators and admins)
cmd-siaran_laporan = Reports of recent broadcasts

## SPBE tasks
cmd-tugas = National SPBE tasks: summary, number or keyword
cmd-cari_tugas = Search SPBE tasks
cmd-ikuti = Follow a task's progress
cmd-berhenti_ikuti = Stop following a task
cmd-ekspor_tugas = Download the task catalogue (CSV)
cmd-impor_tugas = Import the task catalogue from CSV (admins)

## Meetings
cmd-rapat = Upcoming meetings and your answers
cmd-rapat_baru = Schedule a meeting (coordinators and admins)
cmd-pengaturan = Reminder settings
calendar-weekdays = Mon Tue Wed Thu Fri Sat Sun

## Recommendations (usulan)
cmd-usul = Submit a recommendation
cmd-usulan = Your pokja's recommendations
cmd-usulan_saya = Recommendations you submitted
cmd-tinjau = Review your pokja's recommendations (coordinators and admins)
cmd-rekap_usulan = Recommendation report and export (coordinators and admins)

## Command gate
access-staff-only = Sorry, this feature is for pokja coordinators and Forum Kominfo secretariat admins only.
access-group-not-approved = Sorry, this command is for approved Forum Kominfo members only. Please open a private chat with the bot to register or to see your membership status.
command-private-only = The /{ $command } command is used in a private chat with the bot. Please press the button below.
command-group-only = The /{ $command } command is used in a pokja's Telegram group, not in a private chat. Add the bot to the pokja group and type the command there.
button-open-private = 💬 Open private chat
unknown-command-suggest = Sorry, that command is unknown. Did you mean /{ $command }? Type /bantuan to see every command.

# Long work off the event loop (imports, exports, charts on a worker thread)
long-work-failed = Sorry, the file could not be processed because of a problem on our server. Your data has not changed. Please try again in a moment; if it still fails, please contact the Forum Kominfo secretariat.
long-work-chart-failed = Sorry, the chart could not be drawn because of a problem on our server. The figures follow below.
