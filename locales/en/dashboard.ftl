## Dashboard (Mini App): /dasbor and the main menu's button
cmd-dasbor = Open the dashboard: tasks, meetings and recommendations at a glance
dasbor-button = 📊 Open the dashboard
dasbor-intro =
    <b>Forum Kominfo dashboard</b>
    Your SPBE tasks, meetings and recommendations on one page. Please press the button below to open it in Telegram.
dasbor-not-configured = Sorry, the dashboard cannot be opened yet because it has not been set up. Please contact the Forum Kominfo secretariat. Meanwhile, everything remains available through /menu.
