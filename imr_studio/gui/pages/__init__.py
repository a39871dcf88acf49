"""One module per wizard page; each page edits one section of the document."""
