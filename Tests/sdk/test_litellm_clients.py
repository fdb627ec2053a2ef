"""LiteLLM's own management tools against a running llmproxy: the `litellm-proxy` CLI and `litellm.proxy.client`,
from the pinned `litellm` package on PyPI, exactly as a LiteLLM user would run them.

scripts/sdk-test starts the instance (admin and LLM planes) and sets LLMPROXY_URL and LLMPROXY_MASTER_KEY.
"""

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from litellm.proxy.client import Client

URL = os.environ["LLMPROXY_URL"]
MASTER = os.environ["LLMPROXY_MASTER_KEY"]
CLI = str(Path(sys.executable).parent / "litellm-proxy")


def cli(*arguments, expect_ok=True):
    """Runs `litellm-proxy ARGS` against the proxy; answers its standard output."""
    environment = dict(os.environ, LITELLM_PROXY_URL=URL, LITELLM_PROXY_API_KEY=MASTER, NO_COLOR="1", COLUMNS="200")
    done = subprocess.run([CLI, *arguments], capture_output=True, text=True, env=environment, timeout=60)
    if expect_ok:
        assert done.returncode == 0, f"{arguments}: {done.stdout}\n{done.stderr}"
    return done


def cli_json(*arguments):
    return json.loads(cli(*arguments).stdout)


@pytest.fixture
def client():
    return Client(base_url=URL, api_key=MASTER)


def unique(prefix):
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def test_keys_generate_list_with_each_filter_and_delete():
    alias_a, alias_b, user = unique("cli-a"), unique("cli-b"), unique("cli-user")
    first = cli_json("keys", "generate", "--models", "demo", "--key-alias", alias_a, "--user-id", user, "--duration", "1h")
    second = cli_json("keys", "generate", "--key-alias", alias_b, "--aliases", '{"fast":"demo"}')
    assert first["key"].startswith("sk-") and second["aliases"] == {"fast": "demo"}

    def listed(*filters):
        return [key["key_alias"] for key in cli_json("keys", "list", "--format", "json", "--size", "100", *filters)["keys"]]

    assert listed("--key-alias", alias_a) == [alias_a]
    assert listed("--user-id", user) == [alias_a]
    assert listed("--key-hash", first["token_id"]) == [alias_a]
    assert listed("--organization-id", "no-such-org") == []
    assert listed("--team-id", "no-such-team") == []
    assert alias_a in listed("--include-team-keys") and alias_b in listed("--include-team-keys")
    cli("keys", "delete", "--key-aliases", f"{alias_a},{alias_b}")
    assert listed("--key-alias", alias_a) == []


def test_models_list_add_get_info_and_delete():
    name = unique("cli-model")
    added = cli_json("models", "add", name, "-p", "model=openai/gpt-4o-mini", "-p", "api_base=http://127.0.0.1:9/v1", "-p", "rpm=10",
                     "-i", "input_cost_per_token=0.000001")
    model_id = added["model_info"]["id"]
    assert name in [model["id"] for model in cli_json("models", "list", "--format", "json")]
    got = cli_json("models", "get", "--name", name)
    assert got["model_name"] == name
    info = cli_json("models", "info", "--format", "json")
    assert any(entry["model_name"] == name for entry in info)
    groups = cli_json("model-groups", "list", "--format", "json")
    assert name in [group["model_group"] for group in groups]
    cli("models", "delete", model_id)
    assert name not in [model["id"] for model in cli_json("models", "list", "--format", "json")]


def test_users_and_teams():
    email = f"{unique('cli')}@example.com"
    created = cli_json("users", "create", "--email", email, "--max-budget", "5")
    user_id = created["user_id"]
    assert user_id in cli("users", "list").stdout
    assert cli_json("users", "get", "--id", user_id)["user_info"]["user_email"] == email
    cli("teams", "list")
    assert "No available teams" in cli("teams", "available").stdout
    cli("users", "delete", user_id)


def test_http_request_and_an_unknown_filter_is_refused():
    health = cli_json("http", "request", "GET", "/health/readiness")
    assert health["status"] == "healthy"
    refused = cli("http", "request", "GET", "/key/list?key_hsh=x", expect_ok=False)
    assert refused.returncode != 0
    assert "key_hsh" in refused.stdout + refused.stderr


def test_the_python_management_client(client):
    alias = unique("py")
    generated = client.keys.generate(models=["demo"], key_alias=alias, aliases={"quick": "demo"})
    listed = client.keys.list(key_alias=alias, return_full_object=True)
    assert [key["key_alias"] for key in listed["keys"]] == [alias]
    assert client.keys.list(key_hash=generated["token_id"])["keys"] == [generated["token_id"]]
    assert client.keys.list(organization_id="none")["total_count"] == 0
    client.keys.update(key=generated["key"], spend=0.5, aliases={"quicker": "demo"})
    info = client.keys.info(generated["key"])
    assert info["info"]["spend"] == 0.5 and info["info"]["aliases"] == {"quicker": "demo"}
    from litellm.proxy.client.users import UsersManagementClient

    users = UsersManagementClient(base_url=URL, api_key=MASTER)
    created = users.create_user({"user_email": f"{unique('py')}@example.com"})
    assert users.get_user_v2(user_id=created["user_id"])["teams"] == []
    assert created["user_id"] in [user["user_id"] for user in users.list_users({"page_size": 100})]
    assert any(group["model_group"] == "demo" for group in client.model_groups.info())
    assert any(model["model_name"] == "demo" for model in client.models.info())
    team = unique("team")
    client.http.request("POST", "/team/new", json={"team_id": team})
    assert team in [entry["team_id"] for entry in client.teams.list()]
    assert client.teams.list_v2(team_alias=None, page_size=100)["total"] >= 1
    client.keys.delete(key_aliases=[alias])
