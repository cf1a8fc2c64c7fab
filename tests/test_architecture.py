"""The layers of docs/architecture.md hold: contracts kept, no import circle, one schema."""

from __future__ import annotations

import typing

import pytest

import osce_model
from osce_model import Organization
from osce_model.schema.records import Entity

grimp = pytest.importorskip("grimp")


def _graph() -> typing.Any:
    return grimp.build_graph("osce_model", include_external_packages=False)


def test_the_import_graph_has_no_circle() -> None:
    """No module reaches itself through imports, counting imports inside functions and those
    made only for type checkers."""
    graph = _graph()
    modules = sorted(graph.modules)
    state: dict[str, int] = {}  # 1: on the path, 2: done
    path: list[str] = []
    circles: list[list[str]] = []

    def visit(module: str) -> None:
        state[module] = 1
        path.append(module)
        for imported in sorted(graph.find_modules_directly_imported_by(module)):
            if state.get(imported) == 1:
                circles.append([*path[path.index(imported) :], imported])
            elif imported not in state:
                visit(imported)
        path.pop()
        state[module] = 2

    for module in modules:
        if module not in state:
            visit(module)
    assert circles == []


def test_the_layer_contracts_are_kept() -> None:
    """import-linter's contracts in pyproject.toml pass (what CI runs as lint-imports)."""
    from importlinter import configuration
    from importlinter.application.use_cases import lint_imports

    configuration.configure()
    assert lint_imports() is True


def test_the_entity_union_names_every_kind() -> None:
    """Entity, the type of any record, is the union of the classes of the declared kinds and
    of the derived ones (the people)."""
    derived = {Organization.people.record}
    assert set(typing.get_args(Entity)) == set(Organization.schema.by_class) | derived
    assert "people" not in Organization.schema.by_collection  # no file holds them


def test_the_schema_is_derived_from_the_declarations() -> None:
    """References, self-references and the build order follow from the record classes."""
    schema = Organization.schema
    assert [k.collection for k in schema.kinds][:2] == [
        "participating_states",
        "former_participating_states",
    ]
    order = [k.collection for k in schema.build_order]
    for kind in schema.kinds:
        for classes in schema.references[kind.collection].values():
            for target in schema.kinds:
                if target.record in classes and target is not kind:
                    assert order.index(target.collection) < order.index(kind.collection)
    assert schema.self_references(Organization.secretariat) == ("parent",)
    assert schema.self_references(Organization.former_participating_states) == ("predecessors",)
    assert Organization.chairpersonships.key == "year"
    assert Organization.participating_states.key == "id"
    assert set(schema.references["press_releases"]["issuers"]) == {
        osce_model.SecretariatUnit,
        osce_model.Institution,
        osce_model.FieldOperation,
        osce_model.DecisionMakingBody,
        osce_model.Partnership,
        osce_model.PersonalRepresentative,
        osce_model.Chairpersonship,
    }


def test_kinds_pickle_by_reference() -> None:
    """A pickled collection comes back with the very same kind declaration."""
    import pickle

    org = osce_model.load()
    again = pickle.loads(pickle.dumps(org.partners))
    assert again.kind is Organization.partners
    assert again == org.partners
