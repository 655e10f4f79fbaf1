"""Only what pyproject.toml cannot say: the package list.

``resources/`` stays at the top of the repository, where teachers and packagers find it,
and is installed as the data-only package ``tutor.resources`` (the folder mapping and the
file patterns are in pyproject.toml). A list in pyproject.toml could not both find
``tutor``'s sub-packages and add packages from another folder, so it is computed here:
a new sub-package of ``tutor`` or a new folder of resources is picked up without an edit.
"""

from setuptools import find_namespace_packages, find_packages, setup

RESOURCES = ["tutor.resources"] + [f"tutor.resources.{p}" for p in find_namespace_packages(where="resources")]

setup(packages=find_packages(include=["tutor", "tutor.*"]) + RESOURCES)
