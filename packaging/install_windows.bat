@echo off
rem Install IMR Studio for the person signed in, without administrator rights and without the internet,
rem from the wheels in this folder (made by ./dev.sh windows-wheels). Needs Python for Windows, installed
rem for this user or for the machine, of the version the folder was made for.
setlocal
set "HERE=%~dp0"
set "TARGET=%LOCALAPPDATA%\IMR Studio\app"
set "PY=py"
where py >nul 2>nul || set "PY=python"

echo Installing IMR Studio into %TARGET% ...
%PY% -m venv "%TARGET%" || goto :failed
"%TARGET%\Scripts\python.exe" -m pip install --no-index --find-links "%HERE%" --upgrade imr-studio || goto :failed

rem A Start menu entry for this user only.
set "LINK=%APPDATA%\Microsoft\Windows\Start Menu\Programs\IMR Studio.lnk"
powershell -NoProfile -ExecutionPolicy Bypass -Command ^
  "$s = (New-Object -ComObject WScript.Shell).CreateShortcut($env:LINK);" ^
  "$s.TargetPath = '%TARGET%\Scripts\imr-studio-gui.exe';" ^
  "$s.WorkingDirectory = $env:USERPROFILE;" ^
  "$s.Description = 'IMR Studio: write and quality-assure Individual Management Reviews';" ^
  "$s.Save()" || goto :failed

echo IMR Studio is installed. Start it from the Start menu, or run "%TARGET%\Scripts\imr-studio-gui.exe".
exit /b 0

:failed
echo IMR Studio could not be installed: see the message above. Nothing else on this computer was changed.
exit /b 1
