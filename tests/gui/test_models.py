"""Every table model passes Qt's model tester, with real rows from a real site."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt

from lead_desktop.domain.roles import Role
from lead_desktop.gui.admin.accounts import AccountsModel
from lead_desktop.gui.widgets.tables import SORT_ROLE
from lead_desktop.gui.admin.audit import AuditModel
from lead_desktop.services import accounts
from lead_desktop.services import audit as audit_service


def test_accounts_model(qtmodeltester, new_site):
    accounts.add_account(new_site, "zed", "Zed Viewer", Role.VIEWER, "temporary pass 1")
    accounts.add_account(new_site, "bea", "Bea Case", Role.CASE_MANAGER, "temporary pass 1")
    model = AccountsModel()
    model.set_rows(accounts.list_accounts(new_site))
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.headerData(AccountsModel.Column.ROLE, Qt.Orientation.Horizontal) == "Role"
    assert model.index(0, AccountsModel.Column.LAST_SIGN_IN).data() == "never"

    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(AccountsModel.Column.ROLE)
    roles = [proxy.index(row, AccountsModel.Column.ROLE).data() for row in range(3)]
    assert roles == ["Administrator", "Case manager", "Viewer"]
    proxy.sort(AccountsModel.Column.USERNAME, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(row, 0).data() for row in range(3)] == ["zed", "bea", "admin"]
    qtmodeltester.check(proxy)


def test_audit_model(qtmodeltester, new_site):
    for number in range(5):
        accounts.add_account(new_site, f"user{number}", f"User {number}", Role.VIEWER, "temporary pass 1")
    model = AuditModel()
    model.BATCH = 2
    model.set_source(
        lambda limit, offset: audit_service.list_entries(new_site, limit=limit, offset=offset),
        audit_service.count_entries(new_site),
    )
    assert model.rowCount() == 2
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 6
    assert model.index(0, AuditModel.Column.ACTION).data() == "Added an account"
    assert model.index(5, AuditModel.Column.ACTION).data() == "Site created"
    assert model.index(0, AuditModel.Column.RECORD).data().startswith("account ")
    assert "role: viewer" in model.index(0, AuditModel.Column.DETAILS).data()
    qtmodeltester.check(model)
    model.set_source(None)
    assert model.rowCount() == 0
    assert not model.canFetchMore()
