@REM netlint launcher for Windows: finds java, passes the JVM options that measured best for a
@REM run of a few seconds (docs\performance.md, "The launcher"), and runs lib\netlint.jar with
@REM the arguments given.
@REM
@REM Environment:
@REM   JAVA_HOME     the Java installation to use (Java 17 or later); else java from the PATH
@REM   JAVA_OPTS     JVM options added after the launcher's own
@REM   NETLINT_OPTS  JVM options added after JAVA_OPTS, so that they win where both set one

@echo off
setlocal

set "NETLINT_HOME=%~dp0.."
set "NETLINT_JVM_OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn48m -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off"

if not "%JAVA_HOME%"=="" goto useJavaHome
set "JAVACMD=java"
where java >nul 2>nul
if errorlevel 1 goto noJava
goto run

:useJavaHome
set "JAVACMD=%JAVA_HOME%\bin\java.exe"
if exist "%JAVACMD%" goto run
echo netlint: JAVA_HOME is set to '%JAVA_HOME%', which has no bin\java.exe; set it to a Java 17 or later installation, or unset it to use java from the PATH 1>&2
exit /b 2

:noJava
echo netlint: java not found: set JAVA_HOME to a Java 17 or later installation, or put java on the PATH 1>&2
exit /b 2

:run
"%JAVACMD%" %NETLINT_JVM_OPTS% "-XX:SharedArchiveFile=%NETLINT_HOME%\lib\netlint.jsa" %JAVA_OPTS% %NETLINT_OPTS% -jar "%NETLINT_HOME%\lib\netlint.jar" %*
exit /b %ERRORLEVEL%
