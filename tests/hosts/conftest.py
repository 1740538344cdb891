"""The multi-host tests: network namespaces stand for machines (see netns.py)."""
