# Counting f-string keys in a dict: string building, hashing, dict get/set, globals.
counts = {}
for i in range(1000000):
    key = f"k{i % 1000}"
    counts[key] = counts.get(key, 0) + 1
print(len(counts), counts["k7"], counts["k999"])
