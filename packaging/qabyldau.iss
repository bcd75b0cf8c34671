; Inno Setup script: a per-user installer for the one-folder build (dist\Qabyldau).
; Saved as UTF-8 with a byte-order mark, so any Inno Setup 6 reads the Russian messages right.
;
;   python packaging\build.py --smoke      builds the folder, tests it, then runs iscc with
;                                          /DAppVersion /DAppVersionNumeric /DSourceDir /DOutputDir
;   iscc /DAppVersion=0.1.0 packaging\qabyldau.iss     by hand: dist\Qabyldau → dist\
;
; No administrator rights: the program goes to %LOCALAPPDATA%\Programs\Qabyldau, the
; shortcut to the user's Start menu. The office's data (database, documents, backups) lives
; apart, in %LOCALAPPDATA%\Qabyldau\Qabyldau (platformdirs, app/paths.py), so an upgrade or a
; reinstall never touches it, and uninstalling keeps it unless the user asks otherwise.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z (packaging/build.py does)
#endif
#ifndef AppVersionNumeric
  #define AppVersionNumeric AppVersion
#endif
; Absolute paths: Inno Setup reads a relative OutputDir from SourceDir, not from here.
#define Here AddBackslash(SourcePath)
#ifndef SourceDir
  #define SourceDir Here + "..\dist\Qabyldau"
#endif
#ifndef OutputDir
  #define OutputDir Here + "..\dist"
#endif

#define AppName "Qabyldau"
#define AppExe "qabyldau-gui.exe"
; Where app/paths.py keeps the data: platformdirs.user_data_dir("Qabyldau", "Qabyldau").
#define DataDir "{localappdata}\Qabyldau\Qabyldau"

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{6B0E2C7A-3F4D-4B8E-9A51-2D7C9E0F4A13}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Qabyldau
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} setup
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\Qabyldau
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SourceDir={#SourceDir}
OutputDir={#OutputDir}
OutputBaseFilename=qabyldau-{#AppVersion}-setup
SetupIconFile={#Here}qabyldau.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running Qabyldau (Restart Manager) rather than leave a half-replaced folder.
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage

[Languages]
; Inno Setup ships Russian; its Kazakh translation is unofficial, so Kazakh-speaking users get
; the Russian wizard (the program itself speaks Kazakh).
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
ru.DesktopIcon=Создать значок на рабочем столе
en.DesktopIcon=Create a desktop shortcut
ru.DeleteDataPrompt=Удалить также данные Qabyldau (журнал, документы, резервные копии)?%n%n%1%n%nОни содержат персональные данные заявителей и не восстанавливаются. Нажмите «Нет», чтобы сохранить их (рекомендуется: они понадобятся после переустановки).
en.DeleteDataPrompt=Also delete Qabyldau's data (the register, documents, backups)?%n%n%1%n%nThey hold applicants' personal data and cannot be recovered. Choose No to keep them (recommended: a reinstall will find them again).
ru.DeleteDataConfirm=Данные будут удалены безвозвратно. Продолжить?
en.DeleteDataConfirm=The data will be deleted for good. Continue?

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[InstallDelete]
; The previous version's program files (never the data, which lives elsewhere): a module
; left over from an older build must not shadow the new one.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Files the program made inside its own folder (Python byte-code of the migrations).
Type: filesandordirs; Name: "{app}\_internal"

[Code]
// The data is kept unless the user says otherwise, twice; a silent uninstall always keeps it.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  DataDir := ExpandConstant('{#DataDir}');
  if UninstallSilent or not DirExists(DataDir) then
    exit;
  if MsgBox(FmtMessage(CustomMessage('DeleteDataPrompt'), [DataDir]), mbConfirmation,
            MB_YESNO or MB_DEFBUTTON2) <> IDYES then
    exit;
  if MsgBox(CustomMessage('DeleteDataConfirm'), mbError, MB_YESNO or MB_DEFBUTTON2) <> IDYES then
    exit;
  DelTree(DataDir, True, True, True);
  // The "Qabyldau" folder above it, if nothing else is left in it.
  RemoveDir(ExtractFileDir(DataDir));
end;
