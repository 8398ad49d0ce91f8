#!/usr/bin/env python3
"""Installation: `cmake --install` into a scratch prefix is relocatable
(the binaries find each other and their man pages), libgnlc is usable with
find_package(gnlc) and with pkg-config, and `cpack -G DEB` builds .debs
whose gnlc runs `gnlc check` from an unpacked root."""
import glob, os, shutil, subprocess, sys, tempfile
from gnlc_test import check, equal, finish

BUILD = os.environ.get("GNLC_BUILD_DIR", "build")
if os.environ.get("GNLC_SANITIZED") == "1":
    print("skipped: a sanitizer build is not for installing")  # its libgnlc.a needs the sanitizer runtime
    sys.exit(77)
ENV = dict(os.environ, NO_COLOR="1", LC_ALL="C.UTF-8", MANPAGER="cat", PAGER="cat", MANWIDTH="80")
AS_OF = "2025-08-01"


def run(*args, env=None):
    return subprocess.run(list(args), capture_output=True, env=env or ENV, timeout=600)


tmp = tempfile.mkdtemp()
try:
    prefix = os.path.join(tmp, "prefix")
    result = run("cmake", "--install", BUILD, "--prefix", prefix)
    equal(result.returncode, 0, f"cmake --install ({result.stderr[-400:]!r})")
    # Moving the tree proves that nothing depends on the install prefix.
    moved = os.path.join(tmp, "moved")
    shutil.move(prefix, moved)
    gnlc = os.path.join(moved, "bin", "gnlc")
    result = run(gnlc, "check", "--as-of", AS_OF, "tests/data/formats/valid.toml")
    equal((result.returncode, result.stdout.decode().strip()), (0, "1 file checked: 1 valid, 0 invalid (0 errors, 0 warnings)"),
          "relocated gnlc check runs gnlc-check")
    result = run(gnlc, "help", "check")
    equal(result.returncode, 0, "relocated gnlc help check")
    check(b"gnlc-check" in result.stdout and b"SYNOPSIS" in result.stdout, "gnlc help check shows the man page")
    for page in ["man1/gnlc.1", "man1/gnlc-check.1", "man5/gnlc-application.5"]:
        check(os.path.exists(os.path.join(moved, "share", "man", page)), f"installed {page}")
    check(os.path.exists(os.path.join(moved, "share", "bash-completion", "completions", "gnlc")), "bash completion")

    # A consumer of libgnlc through CMake and through pkg-config.
    consumer = os.path.join(tmp, "consumer")
    os.makedirs(consumer)
    with open(os.path.join(consumer, "main.cpp"), "w") as f:
        f.write('#include <gnlc/dates.hpp>\n#include <gnlc/version.hpp>\n#include <cstdio>\n'
                'int main() { auto d = gnlc::one_month_after(gnlc::make_day(2025, 4, 30));\n'
                '  std::printf("%s %s\\n", std::string(gnlc::version()).c_str(), gnlc::format_iso_day(d).c_str()); }\n')
    with open(os.path.join(consumer, "CMakeLists.txt"), "w") as f:
        f.write("cmake_minimum_required(VERSION 3.25)\nproject(consumer CXX)\nset(CMAKE_CXX_STANDARD 20)\n"
                "find_package(gnlc REQUIRED)\nadd_executable(consumer main.cpp)\n"
                "target_link_libraries(consumer PRIVATE gnlc::gnlc)\n")
    result = run("cmake", "-S", consumer, "-B", os.path.join(consumer, "build"), f"-DCMAKE_PREFIX_PATH={moved}")
    equal(result.returncode, 0, f"find_package(gnlc) ({result.stderr[-400:]!r})")
    result = run("cmake", "--build", os.path.join(consumer, "build"))
    equal(result.returncode, 0, f"consumer builds ({result.stdout[-600:]!r})")
    result = run(os.path.join(consumer, "build", "consumer"))
    equal(result.stdout.decode().split()[1:], ["2025-05-31"], "consumer runs")
    flags = run("pkg-config", "--cflags", "--libs", "--static", "gnlc",
                env=dict(ENV, PKG_CONFIG_PATH=os.path.join(moved, "lib", "pkgconfig")))
    equal(flags.returncode, 0, "pkg-config knows gnlc")
    result = run("sh", "-c", f"g++ -o {tmp}/pc-consumer {consumer}/main.cpp {flags.stdout.decode().strip()}")
    equal(result.returncode, 0, f"pkg-config consumer builds ({result.stderr[-600:]!r})")

    # The Debian packages.
    result = run("cpack", "-G", "DEB", "--config", os.path.join(BUILD, "CPackConfig.cmake"), "-B", os.path.join(tmp, "deb"))
    equal(result.returncode, 0, f"cpack -G DEB ({result.stderr[-400:]!r})")
    debs = sorted(glob.glob(os.path.join(tmp, "deb", "*.deb")))
    runtime = [d for d in debs if os.path.basename(d).startswith("gnlc_")]
    equal(len(runtime), 1, f"a gnlc_*.deb among {debs}")
    if runtime:
        info = run("dpkg-deb", "--field", runtime[0], "Depends").stdout.decode()
        for dependency in ["libxlsxwriter4", "tzdata", "libc6"]:
            check(dependency in info, f".deb depends on {dependency} ({info.strip()})")
        root = os.path.join(tmp, "root")
        equal(run("dpkg-deb", "-x", runtime[0], root).returncode, 0, "dpkg-deb -x")
        result = run(os.path.join(root, "usr", "bin", "gnlc"), "check", "--as-of", AS_OF, "tests/data/formats")
        equal(result.returncode, 1, "gnlc check from the unpacked .deb")
        check(b"2 files checked" in result.stdout, "gnlc check from the .deb prints its summary")
        # The examples, whole, where Debian keeps a package's examples.
        shipped = os.path.join(root, "usr", "share", "doc", "gnlc", "examples")
        source = os.path.join(os.getcwd(), "examples")
        listing = lambda top: sorted(os.path.relpath(os.path.join(d, f), top) for d, _, fs in os.walk(top) for f in fs)
        equal(listing(shipped), listing(source), "the .deb's share/doc/gnlc/examples")
        result = run(os.path.join(root, "usr", "bin", "gnlc"), "check", "--as-of", "2025-08-01",
                     os.path.join(shipped, "applications"))
        expected = run(os.path.join(root, "usr", "bin", "gnlc"), "check", "--as-of", "2025-08-01", "examples/applications")
        equal((result.returncode, result.stdout.count(b"\n")), (expected.returncode, expected.stdout.count(b"\n")),
              "gnlc check on the .deb's examples")
finally:
    shutil.rmtree(tmp)
finish()
