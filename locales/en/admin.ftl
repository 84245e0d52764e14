## Admin
admin-new-registration = 🆕 <b>New registration awaiting approval</b>
admin-button-approve = ✅ Approve
admin-button-approve-named = ✅ Approve { $name }
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
admin-already-reviewed = The registration of { $name } has already been handled by { $reviewer } (status: { $status }).
admin-already-reviewed-generic = This registration has already been handled, or it was not found.
admin-reviewer-secretariat = the secretariat
admin-member-not-found = Member not found; their data may have been erased at their request.
admin-ask-reject-reason = Please write the reason for rejecting the registration of <b>{ $name }</b>. It will be sent to the applicant.
admin-ask-suspend-reason = Please write the reason for suspending <b>{ $name }</b>. It will be sent to the member.
admin-reason-length = The reason must be { $min } to { $max } characters long. Please write it again.
admin-rejected-done = The registration of <b>{ $name }</b> was rejected. Reason given: { $reason }
admin-rejected-done-no-reason = The registration of <b>{ $name }</b> was rejected without a reason. The applicant has been told.
admin-button-no-reason = Reject without a reason
admin-confirm-no-reason = Reject the registration of <b>{ $name }</b> without a reason? A rejection cannot be undone, and the applicant will only be told that the registration could not be approved.
admin-button-confirm-no-reason = ❌ Yes, reject without a reason
admin-button-write-reason = ✍️ Write a reason
admin-suspended-done = The membership of <b>{ $name }</b> is suspended. They have been told.
admin-suspended-coordination-ended = Their coordinator duties ({ $pokja }) ended with this suspension. If the membership is reinstated later, these duties are not restored.
admin-suspended-no-coordinator = These pokja now have no coordinator: { $pokja }. Join requests, including those still waiting, now go to the secretariat's admins.
admin-cannot-suspend = Only active members can be suspended.
admin-reinstated-toast = Membership reinstated.
admin-reinstated-without-coordination = The membership of <b>{ $name }</b> is reinstated as a member. The coordinator duties that ended with the suspension ({ $pokja }) are not restored; if still needed, appoint them again with "⭐ Pokja coordinator…".
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
admin-button-coordinator-of = ⭐ Pokja coordinator…
