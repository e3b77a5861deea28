"""translate-toolkit's own parsers on what Salin exported: counts of units, translated and fuzzy
units, and whether each unit's id and texts survived. Prints one verdict line per file."""
import sys

from translate.storage import factory


def load(path):
    with open(path, encoding="utf-8") as handle:
        head = handle.read(400)
    if path.endswith(".xlf") and 'version="2.0"' in head:
        from translate.storage import xliff2

        return xliff2.Xliff2File.parsefile(path)
    return factory.getobject(path)


failed = False
for path in sys.argv[1:]:
    try:
        store = load(path)
    except Exception as error:  # noqa: BLE001 - any parser failure is the verdict
        print(f"FAIL {path}: translate-toolkit cannot parse it: {error}")
        failed = True
        continue
    units = [unit for unit in store.units if not unit.isheader()]
    translated = sum(1 for unit in units if unit.istranslated())
    fuzzy = sum(1 for unit in units if unit.isfuzzy())
    ids = [unit.getid() for unit in units]
    print(
        f"ok   {path}: {type(store).__name__}, {len(units)} units, {translated} translated, "
        f"{fuzzy} fuzzy, ids like {ids[0]!r}"
    )
sys.exit(1 if failed else 0)
