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
bc-report-done = ✅ Broadcast finished: sent { $sent } of { $total } · failed { $failed } · blocked { $blocked }
bc-report-stopped = ⏹ Broadcast stopped: sent { $sent } of { $total } · failed { $failed } · blocked { $blocked } · stopped { $stopped }
bc-report-in-doubt = Messages that may have arrived twice because of a disruption: { $doubt }
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
bc-header-official = 📌 Official announcement of the Forum Kominfo Secretariat
bc-header-secretariat = 📣 Broadcast of the Forum Kominfo Secretariat · { $name }
bc-header-pokja = 📣 Broadcast of Pokja { $pokja } · { $name } (coordinator)
bc-preview-parts = With its header, this message is over Telegram's limit (1,024 characters for a file's caption, 4,096 for a text), so recipients get it as { $parts } messages, as above.
bc-button-reply = ↩️ Reply to the sender
bc-button-answer = ↩️ Answer through the bot
bc-snippet-file = file without a caption
bc-reply-ask = Please type your reply to <b>{ $name }</b> (text only, at most { $max } characters). The bot passes it on with your name and agency; your phone number and NIP are not shared. Replies left for this broadcast: { $left }.
bc-answer-ask = Please type your answer to <b>{ $name }</b> (text only, at most { $max } characters). The bot passes it on with your name and agency; your phone number and NIP are not shared. Answers left: { $left }.
bc-reply-text-only = Please send your reply as text, or press Cancel.
bc-reply-too-long = This message has { $length } characters. Please shorten it to at most { $max }.
bc-reply-sent = ✅ Your reply to <b>{ $name }</b> has been passed on.
bc-answer-sent = ✅ Your answer to <b>{ $name }</b> has been passed on.
bc-reply-not-found = Sorry, this broadcast was not found.
bc-reply-not-recipient = Sorry, only the recipients of this broadcast can reply to it.
bc-reply-limit = You have already sent { $max } replies to this broadcast. For anything else, please contact the secretariat.
bc-answer-not-sender = Sorry, only the sender of the broadcast can answer this reply.
bc-answer-no-reply = This member has not replied to that broadcast.
bc-answer-limit = You have already sent { $max } answers to this member about this broadcast.
bc-reply-received =
    💬 <b>A reply to your broadcast</b>
    From: <b>{ $name }</b>, { $agency }
    Broadcast: “{ $snippet }”

    { $text }
bc-answer-received =
    💬 <b>An answer from { $name }</b>, { $agency }
    To your reply to the broadcast “{ $snippet }”:

    { $text }
bc-limit-reached = Sorry, you have already sent { $limit } broadcasts today, the daily limit for pokja coordinators. The next one can be sent from { $when }. For an urgent announcement, please contact the secretariat.
