"""The writing sections: the blog, philosophy essays and the Journey; their authors and feeds."""
