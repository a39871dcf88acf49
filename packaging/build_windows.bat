@echo off
rem Build the self-contained IMR Studio folder on Windows (the same spec as ./dev.sh bundle on Linux).
rem Run in a command prompt in the repository, with Python 3.11 or newer installed.
setlocal
py -m venv .venv || exit /b 1
.venv\Scripts\python -m pip install --upgrade pip || exit /b 1
.venv\Scripts\python -m pip install . "pyinstaller>=6.10,<7" || exit /b 1
.venv\Scripts\pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build\pyinstaller packaging\imr_studio.spec || exit /b 1
echo Built "dist\IMR Studio": copy the whole folder to the workstations; start imr-studio-gui.exe.
