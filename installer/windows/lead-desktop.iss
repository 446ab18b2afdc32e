; Inno Setup 6 script: installs the PyInstaller folder built on Windows into Program Files.
; It cannot be built on the Linux build machine; see installer/README.md ("Windows").
;
; On a Windows machine with Python 3.11, Git Bash and Inno Setup 6 (iscc on PATH):
;   make bundle                      (or: installer/build.sh — builds and smoke-tests dist\lead-desktop\)
;   iscc /DAppVersion=0.1.0 installer\windows\lead-desktop.iss
; gives dist\lead-desktop-<version>-windows-x64-setup.exe.
;
; The site's data are in the user's application-data folder (platformdirs:
; %LOCALAPPDATA%\LEAD Desktop) or wherever --data-dir points. This installer never writes,
; moves or deletes anything there: installing over an old version keeps the data, and the
; uninstaller removes only the program files it installed.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\lead-desktop"
#endif
#define AppName "LEAD Desktop"
#define AppExe "lead-desktop.exe"
#define AdminExe "lead-desktop-admin.exe"

[Setup]
; The AppId ties updates and the uninstaller to this program: never change it.
AppId={{A821C558-9B82-4BAF-ADCA-BF2FC3D4C703}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=LEAD Desktop project
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Program Files for everyone by default; a person without administrator rights may choose
; "install for me only" (then %LOCALAPPDATA%\Programs).
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=lead-desktop-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\lead-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; An update closes a running LEAD Desktop first (it saves as it goes; the site lock is released).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; The previous version's runtime goes before the new one is copied, so no old library lingers.
; Only the program folder: the data folder is elsewhere and never listed here.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\{#AppExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#SourceDir}\{#AdminExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#SourceDir}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Encrypted case management for LEAD sites"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Nothing beyond what was installed. Deliberately no entry for the data folder.

[Code]
// After copying, run the installed program's self-test (a throw-away site in a temporary
// folder, removed afterwards; about five seconds) and say so in plain words if it fails.
procedure CurStepChanged(CurStep: TSetupStep);
var
  ResultCode: Integer;
begin
  if CurStep = ssPostInstall then
  begin
    WizardForm.StatusLabel.Caption := 'Checking the installation...';
    if not Exec(ExpandConstant('{app}\{#AppExe}'), '--self-test', '', SW_HIDE, ewWaitUntilTerminated, ResultCode)
       or (ResultCode <> 0) then
      MsgBox('LEAD Desktop was installed, but its self-check did not pass (code ' + IntToStr(ResultCode) + '). ' +
             'The details are in ' + GetEnv('TEMP') + '\lead-desktop-self-test.txt' + '. ' +
             'Your data were not touched.', mbError, MB_OK);
  end;
end;
