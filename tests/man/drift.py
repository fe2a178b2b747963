#!/usr/bin/python3
"""The manual pages (man/*.scd) and the command line agree: every command, option and
positional argument the binary has (its own tables, `cppcc __commands`) is documented,
and no page documents one that does not exist.

  tests/man/drift.py path/to/cppcc man/

What a page documents: the command it is named for (cppcc-proposal.1.scd: proposal;
cppcc.1.scd: cppcc itself); every `## proposal assign CODE` heading (a command, then its
positional arguments in capitals, `[TOPIC]` when optional); every option on a line starting with `*-` (`*-q*, *--quiet*`),
belonging to the heading above it, or to the page's command under `# OPTIONS` or
`# GLOBAL OPTIONS`.
"""
import pathlib
import re
import subprocess
import sys

binary, man_dir = sys.argv[1], pathlib.Path(sys.argv[2])

# What the binary has: ("proposal assign", None) for a command, ("proposal assign",
# "--lead") for an option or positional.
has = set()
tables = subprocess.run([binary, "__commands"], capture_output=True, text=True, check=True)
for line in tables.stdout.splitlines():
    fields = line.split("\t")
    has.add((fields[0], None) if len(fields) == 1 else (fields[0], fields[1]))

documented = {}  # entry -> where


def note(entry, where):
    documented.setdefault(entry, where)


for page in sorted(man_dir.glob("*.scd")):
    name = page.name.removesuffix(".1.scd")
    own = "" if name == "cppcc" else name.removeprefix("cppcc-").replace("-", " ")
    note((own, None), page.name)
    current = None
    for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{page.name}:{number}"
        if line.startswith("## "):
            words = line[3:].split()
            path = []
            for word in words:
                if not re.fullmatch(r"[a-z][-a-z0-9]*", word):
                    break
                path.append(word)
            current = " ".join(path)
            note((current, None), where)
            rest = " ".join(words[len(path):])
            for positional in re.findall(r"\b([A-Z][A-Z0-9_]*)\b", rest):
                note((current, positional), where)
        elif line.startswith("# "):
            current = own if line[2:].strip() in ("OPTIONS", "GLOBAL OPTIONS") else None
        elif line.startswith("*-") and current is not None:
            for option in re.findall(r"\*(--?[A-Za-z][-A-Za-z0-9]*)\*", line):
                note((current, option), where)


def show(entry):
    path, option = entry
    command = f"cppcc {path}".strip()
    return command if option is None else f"{command} {option}"


missing = sorted(has - documented.keys(), key=lambda e: (e[0], e[1] or ""))
extra = sorted(documented.keys() - has, key=lambda e: (e[0], e[1] or ""))
for entry in missing:
    print(f"not in the manual pages: {show(entry)}")
for entry in extra:
    print(f"{documented[entry]}: documents {show(entry)}, which the command line does not have")
if missing or extra:
    print(f"{len(missing)} undocumented, {len(extra)} documented but absent (man/*.scd)")
    sys.exit(1)
print(f"man pages document all {len(has)} commands, options and arguments")
