@echo off
rem Finsam Workbench for Windows.
rem   finsam.cmd                    the workbench on the data directory %APPDATA%\Finsam (or --data DIR)
rem   finsam.cmd COMMAND ...        a command without a window (finsam.cmd --help lists them)
rem   finsam.cmd --server URI ...   the same on the association's team server (PostgreSQL)
rem Finds a Java 21 or newer: JAVA_HOME, then the registry (JDK and JRE keys), then java on the PATH.
setlocal EnableExtensions EnableDelayedExpansion
chcp 65001 >nul
set "HOME_DIR=%~dp0"
set "PRODUCT=%HOME_DIR%product"
set "DATA=%APPDATA%\Finsam"
if /i "%~1"=="--data" (
  if "%~2"=="" (
    echo finsam: --data behöver en katalog 1>&2
    exit /b 2
  )
  set "DATA=%~2"
  shift
  shift
)
rem The team server (quote it when it has ? or &): read by Java from a system property, workbench and commands alike.
set "SERVER="
if /i "%~1"=="--server" (
  if "%~2"=="" (
    echo finsam: --server behöver en adress: postgresql://ANVÄNDARE@VÄRD:PORT/DATABAS 1>&2
    exit /b 2
  )
  set "SERVER=%~2"
  shift
  shift
)

set "JAVA="
if defined JAVA_HOME call :try "%JAVA_HOME%\bin\java.exe"
if not defined JAVA call :registry "HKLM\SOFTWARE\JavaSoft\JDK"
if not defined JAVA call :registry "HKLM\SOFTWARE\JavaSoft\JRE"
if not defined JAVA call :registry "HKLM\SOFTWARE\Eclipse Adoptium\JDK"
if not defined JAVA call :registry "HKLM\SOFTWARE\Eclipse Adoptium\JRE"
if not defined JAVA for /f "delims=" %%J in ('where java.exe 2^>nul') do if not defined JAVA call :try "%%J"
if not defined JAVA (
  echo finsam: Finsam Workbench behöver Java 21 eller nyare, och ingen hittades. 1>&2
  echo Installera till exempel Eclipse Temurin 21 eller 25 ^(https://adoptium.net, "JDK" eller "JRE", Windows x64 .msi^) 1>&2
  echo och starta igen, eller sätt JAVA_HOME till den Java som ska användas. 1>&2
  exit /b 1
)

set "LAUNCHER="
for %%L in ("%PRODUCT%\plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~fL"
if not defined LAUNCHER (
  echo finsam: ingen produkt i !PRODUCT! ^(plugins\org.eclipse.equinox.launcher_*.jar saknas^) 1>&2
  exit /b 1
)
if not exist "%DATA%" mkdir "%DATA%"
set VMARGS=-Xms128m -Xmx2g -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 --enable-native-access=ALL-UNNAMED -Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider -Dsun.font.layout.ffm=false -XX:ReservedCodeCacheSize=240m
rem An installation the user may not write (Program Files): OSGi keeps its cache in %LOCALAPPDATA%\Finsam and reads
rem the installation's configuration as the shared one; installing plug-ins and updates is then refused with a reason.
set "CONFIG=%PRODUCT%\configuration"
set "WRITABLE="
rem (!…! inside the blocks: a folder such as "Program Files (x86)" would end a block expanded with %…%)
(type nul > "!CONFIG!\.finsam-write-check") 2>nul && set "WRITABLE=1"
if defined WRITABLE (
  del "!CONFIG!\.finsam-write-check" 2>nul
) else (
  set "CONFIG=!LOCALAPPDATA!\Finsam\configuration"
  set VMARGS=!VMARGS! "-Dosgi.sharedConfiguration.area=!PRODUCT!\configuration"
)
if defined SERVER set VMARGS=!VMARGS! "-Dfinsam.server=!SERVER!"
rem FINSAM_VMARGS last, as in ./finsam: it can override the above (more memory for a large import: -Xmx4g).
if defined FINSAM_VMARGS set VMARGS=!VMARGS! !FINSAM_VMARGS!
set NL=sv_SE
if /i "%FINSAM_LANG%"=="en" set NL=en_GB

if "%~1"=="" goto workbench
set ARGS=
:collect
if "%~1"=="" goto run
set ARGS=!ARGS! %1
shift
goto collect
:run
"%JAVA%" %VMARGS% -Djava.awt.headless=true -Dosgi.startLevel=4 -jar "%LAUNCHER%" -nl %NL% -data "%DATA%" -configuration "%CONFIG%" -application se.finsam.cli.app.headless %ARGS%
exit /b %ERRORLEVEL%

:workbench
rem Exit code 23: the workbench asks to be started again (new data location or language).
rem C1 alone, as ./finsam starts it (its comment says why); FINSAM_VMARGS in VMARGS comes after and may override.
"%JAVA%" -XX:TieredStopAtLevel=1 %VMARGS% -jar "%LAUNCHER%" -nl %NL% -data "%DATA%" -configuration "%CONFIG%" -application se.finsam.ui.application
if %ERRORLEVEL%==23 goto workbench
exit /b %ERRORLEVEL%

:registry
rem The newest version under a key whose JavaHome holds a java.exe of version 21 or newer.
for /f "tokens=*" %%K in ('reg query "%~1" 2^>nul ^| findstr /r /c:"\\[0-9][0-9.]*"') do (
  if not defined JAVA (
    for /f "tokens=2,*" %%A in ('reg query "%%K" /v JavaHome 2^>nul ^| findstr JavaHome') do call :try "%%B\bin\java.exe"
    for /f "tokens=2,*" %%A in ('reg query "%%K\hotspot\MSI" /v Path 2^>nul ^| findstr Path') do if not defined JAVA call :try "%%B\bin\java.exe"
  )
)
exit /b 0

:try
rem Sets JAVA when %1 is a java.exe of version 21 or newer.
if not exist "%~1" exit /b 0
set "SPEC="
for /f "tokens=3" %%V in ('""%~1" -XshowSettings:properties -version 2>&1 | findstr /c:"java.specification.version""') do set "SPEC=%%V"
if not defined SPEC exit /b 0
for /f "tokens=1 delims=." %%M in ("%SPEC%") do set "MAJOR=%%M"
if %MAJOR% GEQ 21 set "JAVA=%~1"
exit /b 0
