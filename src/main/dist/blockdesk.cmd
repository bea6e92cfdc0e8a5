@echo off
rem Blockdesk launcher, written by the build next to blockdesk.jar: java -jar blockdesk.jar ARGS with the
rem class-data sharing archive the build made (blockdesk.jsa) when it is there, and for short runs (a file
rem up to 16 MiB) the JIT's quick first tier and the serial collector. See the comments in the `blockdesk` shell script.
setlocal
set "HERE=%~dp0"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
set "CDS="
if exist "%HERE%blockdesk.jsa" set CDS="-XX:SharedArchiveFile=%HERE%blockdesk.jsa" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off
set "SHORT="
for %%c in (validate hash import -h --help -V --version) do if "%~1"=="%%c" set "SHORT=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
for %%a in (%*) do if exist "%%~a" if not exist "%%~a\" if %%~za GTR 16777216 set "SHORT="
"%JAVA%" %CDS% %SHORT% %BLOCKDESK_JAVA_OPTS% -jar "%HERE%blockdesk.jar" %*
exit /b %ERRORLEVEL%
