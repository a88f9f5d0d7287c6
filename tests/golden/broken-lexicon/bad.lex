role broken "Broken"
stage junior 0 2
category lang "Languages"
skill python "Python"
	category lang
	stage senior
	alias python
	pattern python(3
skill django "Django"
	category lang
	stage junior
	alias django python
	implies pyton
