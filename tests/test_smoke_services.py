"""Sign-in round trip through the services (the detailed cases live in tests/services and tests/storage)."""

from lead_desktop.domain.errors import WrongPassword
from lead_desktop.services import site as sites

from .conftest import ADMIN_PASSWORD, SITE_NAME


def test_create_close_and_sign_in_again(new_site, site_dir):
    assert new_site.site_name == SITE_NAME
    new_site.close()
    again = sites.sign_in(site_dir, "admin", ADMIN_PASSWORD)
    try:
        assert again.actor.username == "admin"
        assert sites.verify(again) == []
    finally:
        again.close()


def test_wrong_password_is_refused(new_site, site_dir):
    new_site.close()
    try:
        sites.sign_in(site_dir, "admin", "not the password")
    except WrongPassword as exc:
        assert "password" in exc.message
    else:
        raise AssertionError("a wrong password opened the site")
