@echo off
rem Blockdesk launcher, written by the build next to blockdesk.jar: java -jar blockdesk.jar ARGS with the
rem class-data sharing archive the build made (blockdesk.jsa) when it is there, and for the short commands
rem the JIT's quick first tier and the serial collector. See the comments in the `blockdesk` shell script.
setlocal
set "HERE=%~dp0"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
set "CDS="
if exist "%HERE%blockdesk.jsa" set CDS="-XX:SharedArchiveFile=%HERE%blockdesk.jsa" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off
set "SHORT="
for %%c in (validate hash export import -h --help -V --version) do if "%~1"=="%%c" set "SHORT=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
"%JAVA%" %CDS% %SHORT% %BLOCKDESK_JAVA_OPTS% -jar "%HERE%blockdesk.jar" %*
exit /b %ERRORLEVEL%
