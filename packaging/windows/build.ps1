# Build the Windows installer: the one-folder bundle, then Inno Setup 6 with the version from
# the package's metadata (pyproject.toml's version). Run from any folder:
#
#     powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# Needs Python 3.11+ (python on PATH) and Inno Setup 6 (ISCC.exe; set $env:ISCC if it is not
# in its default folder). Writes dist\amends\ and dist\Amends-<version>-setup.exe.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

function Invoke-Checked {
    & $args[0] @($args | Select-Object -Skip 1)
    if ($LASTEXITCODE -ne 0) { throw "$($args -join ' ') failed ($LASTEXITCODE)" }
}

Invoke-Checked python -m pip install -e ".[package]"
Invoke-Checked pyinstaller --noconfirm --clean packaging\amends.spec
$version = (python -c "from importlib.metadata import version; print(version('amends'))").Trim()
if ($LASTEXITCODE -ne 0 -or -not $version) { throw "cannot read the version of amends" }
$iscc = if ($env:ISCC) { $env:ISCC } else { Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
Invoke-Checked $iscc "/DAppVersion=$version" packaging\windows\amends.iss
Write-Output "dist\Amends-$version-setup.exe"
