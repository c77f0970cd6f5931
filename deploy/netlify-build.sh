#!/usr/bin/env bash
# Netlify's build: adds what Netlify's standard build image lacks (the .NET SDK), then runs the
# same `handreiking build` a developer runs. Extra arguments go to `build` (netlify.toml passes
# `--base-url "$DEPLOY_PRIME_URL"` for deploy previews and branch deploys).
set -euo pipefail
cd "$(dirname "$0")/.."

# The .NET SDK that global.json asks for. `dotnet --version` fails when there is no dotnet, or
# none that global.json accepts; then Microsoft's official install script installs the newest
# SDK of the same channel (10.0 for "10.0.100"), which global.json's rollForward accepts.
if ! dotnet --version >/dev/null 2>&1; then
  channel="$(sed -n 's/.*"version"[[:space:]]*:[[:space:]]*"\([0-9]*\.[0-9]*\)\..*/\1/p' global.json)"
  echo "Installing the .NET SDK, channel ${channel}..."
  curl --fail --silent --show-error --location https://dot.net/v1/dotnet-install.sh --output /tmp/dotnet-install.sh
  bash /tmp/dotnet-install.sh --channel "${channel}" --install-dir "${HOME}/.dotnet" --no-path
  export DOTNET_ROOT="${HOME}/.dotnet"
  export PATH="${DOTNET_ROOT}:${PATH}"
fi
dotnet --version

dotnet build src/Handreiking.Cli -c Release --nologo -v quiet
handreiking=(dotnet run --project src/Handreiking.Cli -c Release --no-build --)

# Checklist PDFs need a headless Chromium. Only a build command that offers --pdf gets one:
# Playwright's own browser install, at the version of the Microsoft.Playwright package.
arguments=(build --out _site "$@")
build_help="$("${handreiking[@]}" build --help)"
if grep -q -- '--pdf' <<<"${build_help}"; then
  playwright="$(sed -n 's/.*Include="Microsoft.Playwright" Version="\([^"]*\)".*/\1/p' Directory.Packages.props)"
  npx --yes "playwright@${playwright}" install chromium
  arguments+=(--pdf)
fi

"${handreiking[@]}" "${arguments[@]}"
