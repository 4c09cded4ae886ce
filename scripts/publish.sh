#!/usr/bin/env bash
# Publishes GoTrs for running on a server: scripts/publish.sh OUT-FOLDER [extra dotnet publish arguments]
# Release build for this machine's Linux architecture, ready-to-run (ahead-of-time compiled, so a fresh process does not
# spend its first minutes compiling), framework-dependent (needs the ASP.NET Core 10 runtime). Run it with
#   dotnet OUT-FOLDER/GoTrs.WebApi.dll
# The web client is built into client/dist first when it is missing (Node.js 20), as the run command does.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: scripts/publish.sh OUT-FOLDER [dotnet publish arguments]}
shift
case "$(uname -m)" in
  x86_64) rid=linux-x64 ;;
  aarch64 | arm64) rid=linux-arm64 ;;
  *) rid=linux-$(uname -m) ;;
esac
exec dotnet publish src/WebApi -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$out" -nologo -v q "$@"
