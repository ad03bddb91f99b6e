"""Search: Vietnamese-aware text folding and the per-language, sharded index for the site's search box."""
