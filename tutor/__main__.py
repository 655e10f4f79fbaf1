import multiprocessing

from tutor.cli import main

multiprocessing.freeze_support()  # the bundled app's check process starts through this entry point
raise SystemExit(main())
