## Personal data (Law 27 of 2022 on Personal Data Protection)
cmd-data_saya = Download all your personal data stored by the bot
cmd-hapus_akun = Delete your account and personal data

## /data_saya
privacy-export-none = No personal data of yours is stored by Forum Kominfo Bot. You have not registered (or your data has already been erased).
privacy-export-intro =
    <b>Your personal data in Forum Kominfo Bot</b>

    Here are two files: a JSON file with everything stored about you, and a readable summary. Other people's data (such as reviewers' names) is left out.

    You can correct your data with /profil and erase it with /hapus_akun.
privacy-export-json-caption = Everything stored about you (JSON)
privacy-export-txt-caption = Summary of your personal data
privacy-none = -
privacy-broadcasts-on = all broadcasts
privacy-broadcasts-off = only the secretariat's mandatory announcements
privacy-reminders-on = on
privacy-reminders-off = off
privacy-summary =
    SUMMARY OF YOUR PERSONAL DATA IN FORUM KOMINFO BOT
    Made: { $exportedAt }

    IDENTITY
    Name: { $name }
    Agency: { $agency }
    Position: { $position }
    NIP/NI PPPK: { $nip }
    Phone: { $phone }
    Telegram username: { $username }
    Telegram ID: { $telegramId }

    MEMBERSHIP
    Status: { $status }
    Role: { $role }
    Registered: { $registeredAt }
    Consent to data processing: { $consentAt } (version { $consentVersion })
    Pokja: { $pokja }
    Pokja coordinator: { $coordinates }

    SETTINGS
    Language: { $language }
    Time zone: { $timezone }
    Broadcasts: { $broadcasts }
    Meeting reminders: { $reminders }

    ACTIVITY
    Meeting invitations: { $invites } (attended: { $attended })
    Meeting action items in your name: { $actionItems }
    Recommendations submitted: { $submitted }
    Recommendations supported: { $supported }
    Recommendations followed: { $followed }
    SPBE tasks followed: { $tasks }
    Broadcasts sent: { $broadcastsSent }
    Broadcast replies sent: { $replies }
    Bot messages to you still stored: { $messages }
    Unfinished steps: { $flows }
    Audit entries about you: { $audit }

    The JSON file has every detail. You can correct your data with /profil and erase it with /hapus_akun.
privacy-button-export = 📄 Download my data first

## /hapus_akun
privacy-erase-none = No personal data of yours is stored by Forum Kominfo Bot, so there is nothing to erase.
privacy-erase-configured-admin =
    Your data cannot be erased through the bot because you are listed as a <b>secretariat admin</b> in the bot's configuration (ADMIN_TELEGRAM_IDS): the admin record would be made again at your next message.

    Please ask the bot's operator to remove your Telegram ID from the configuration first, then use /hapus_akun again.
privacy-erase-last-admin =
    Your data cannot be erased yet because you are the <b>only secretariat admin</b>; without an admin, new registrations cannot be reviewed.

    Please appoint another admin in /admin first, then use /hapus_akun again.
privacy-erase-explain =
    <b>Delete account and personal data</b>

    You are withdrawing your consent to the processing of your personal data (Law 27 of 2022).

    <b>Erased:</b> your name, position, NIP, phone number, Telegram ID and username; pokja memberships and coordinator roles; join requests; upcoming meeting invitations; tasks and recommendations you follow; bot messages not yet sent; unfinished steps. The bot also removes you from the pokja Telegram groups linked to the forum.

    <b>Kept</b> as the forum's records, under the name "Anggota terhapus" (deleted member): attendance of past meetings, recommendations you submitted with their history, support counts, meeting action items and audit entries (without personal data).

    Afterwards the bot no longer knows you. You may register again at any time with /daftar. If you want a copy of your data, download it first.
privacy-button-continue = Continue
privacy-erase-confirm =
    <b>Final confirmation</b>

    Your personal data will be erased now and <b>cannot be restored</b>. Go ahead?
privacy-button-erase = 🗑 Yes, erase my data
privacy-erase-cancelled = All right, nothing was erased. Your data is unchanged.
privacy-erase-done =
    Your personal data has been <b>erased</b>. Thank you for taking part in Forum Kominfo.

    The forum's records now show "Anggota terhapus" (deleted member). You may register again at any time with /daftar.
privacy-erase-groups-removed = You have also been removed from these pokja Telegram groups: { $groups }.
privacy-erase-groups-leave = ⚠️ The bot could not remove you from these pokja Telegram groups: { $groups }. If you no longer want to receive messages there, please leave them yourself.
privacy-erase-groups-owner = ⚠️ You own these pokja Telegram groups, so the bot cannot remove you: { $groups }. If you no longer want to be there, please transfer ownership to another group admin, then leave them yourself.
privacy-erase-groups-unknown = ⚠️ The bot could not make sure you were removed from the pokja Telegram groups. If you are still in a pokja group, please leave it yourself.
