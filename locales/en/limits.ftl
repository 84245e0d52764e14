limit-notice = Sorry, you have sent too many messages in a short time. For the next { $seconds } seconds your messages and button presses will not be answered; after that, please carry on.
limit-notice-group = Sorry, you have sent too many commands in a short time. For the next { $seconds } seconds your commands in the group will not be answered; after that, please carry on.
limit-inline = Too many requests, please wait a moment
