from logins_desktop.cli import main

raise SystemExit(main())
