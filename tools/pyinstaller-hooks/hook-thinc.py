"""Our hook for thinc, in place of PyInstaller's own: its code and data files (the
``.cu`` kernel sources it reads when imported) less its test suite."""

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

hiddenimports = collect_submodules("thinc", filter=lambda module: not module.startswith("thinc.tests"))
datas = collect_data_files("thinc", excludes=["tests"])
