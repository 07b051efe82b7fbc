# oitgen in a container, on Debian 12:
#   docker build -t oitgen .
#   docker run --rm -v "$PWD:/site" oitgen check --strict
# The build stage installs what scripts/install-deps.sh lists for building (no test packages)
# and builds a Release oitgen; the runtime stage has the binary, its Thai catalog and the
# libraries, font and certificates it runs with, nothing else. tests/dockerfile_test.sh checks
# that the runtime packages below hold every library the binary links.

FROM debian:12-slim AS build
WORKDIR /src
COPY . .
RUN scripts/install-deps.sh \
    && cmake -S . -B build -DCMAKE_BUILD_TYPE=Release \
    && cmake --build build -j "$(nproc)" \
    && DESTDIR=/staging cmake --install build --prefix /usr/local --strip

FROM debian:12-slim
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        ca-certificates \
        fontconfig \
        fonts-tlwg-laksaman \
        libc6 \
        libcairo2 \
        libcmark-gfm-extensions0.29.0.gfm.6 \
        libcmark-gfm0.29.0.gfm.6 \
        libcpp-httplib0.11 \
        libcurl4 \
        libfontconfig1 \
        libgcc-s1 \
        libglib2.0-0 \
        libicu72 \
        libpango-1.0-0 \
        libpangocairo-1.0-0 \
        libpugixml1v5 \
        libssl3 \
        libstdc++6 \
        libxlsxwriter4 \
        libyaml-0-2 \
        libzip4 \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /staging/usr/local/ /usr/local/
WORKDIR /site
ENTRYPOINT ["oitgen"]
CMD ["--help"]
