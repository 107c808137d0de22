"""orgkg: organization profiles to validated schema.org + W3C ORG linked data."""
