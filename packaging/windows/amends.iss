; Amends for Windows: an installer of the one-folder bundle (dist\amends), for the user
; alone by default (no administrator needed), with a Start menu entry, the .amends file
; type and an uninstaller. Built by build.ps1, which passes the version:
;
;     iscc /DAppVersion=0.1.0 packaging\windows\amends.iss
;
; The version is the package's (pyproject.toml's), read by build.ps1 from its metadata.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\amends.iss (build.ps1 does)
#endif
#define AppId "app.amends.Amends"
#define ProgId "Amends.Journal"
#define Root AddBackslash(SourcePath) + "..\.."

[Setup]
AppId={#AppId}
AppName=Amends
AppVersion={#AppVersion}
AppVerName=Amends {#AppVersion}
AppPublisher=The Amends authors
AppPublisherURL=https://amends.app/
AppSupportURL=https://amends.app/
VersionInfoVersion={#AppVersion}
; Per user by default; the first page offers an install for everyone to an administrator.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\Amends
DefaultGroupName=Amends
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
LicenseFile={#Root}\LICENSE
SetupIconFile={#Root}\resources\icons\app\amends.ico
UninstallDisplayIcon={app}\amends.exe
UninstallDisplayName=Amends
ChangesAssociations=yes
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
OutputDir={#Root}\dist
OutputBaseFilename=Amends-{#AppVersion}-setup

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\amends\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Amends"; Filename: "{app}\amends.exe"; AppUserModelID: "{#AppId}"
Name: "{autodesktop}\Amends"; Filename: "{app}\amends.exe"; AppUserModelID: "{#AppId}"; Tasks: desktopicon

[Registry]
; A double click on a .amends journal opens it in Amends (`amends.exe PATH`). HKA is the
; current user's classes for a per-user install, the machine's for an install for everyone.
Root: HKA; Subkey: "Software\Classes\.amends"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.amends\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Amends journal"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\amends.exe,0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\amends.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\amends.exe\SupportedTypes"; ValueType: string; ValueName: ".amends"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\amends.exe"; Description: "{cm:LaunchProgram,Amends}"; Flags: nowait postinstall skipifsilent

; The journals live in the user's data folder (%LOCALAPPDATA%\Amends): the uninstaller
; leaves them, as it found them.
