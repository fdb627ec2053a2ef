"""The official OpenAI Python SDK against a running llmproxy worker: every call succeeds or fails as against OpenAI.

scripts/sdk-test starts the worker and sets LLMPROXY_URL, LLMPROXY_KEY (a valid virtual key), LLMPROXY_BROKE_KEY (a
key whose budget is spent) and LLMPROXY_ELSEWHERE_KEY (a key limited to a model the proxy does not serve).
"""

import os

import openai
import pytest

BASE_URL = os.environ["LLMPROXY_URL"] + "/v1"


@pytest.fixture
def client():
    return openai.OpenAI(base_url=BASE_URL, api_key=os.environ["LLMPROXY_KEY"], max_retries=0)


def test_chat(client):
    reply = client.chat.completions.create(model="demo", messages=[{"role": "user", "content": "hello sdk"}])
    assert reply.choices[0].message.content == "hello sdk"
    assert reply.choices[0].finish_reason == "stop"
    assert reply.usage.total_tokens > 0


def test_streaming_chat(client):
    stream = client.chat.completions.create(
        model="demo", messages=[{"role": "user", "content": "one two three"}], stream=True
    )
    text = "".join(chunk.choices[0].delta.content or "" for chunk in stream if chunk.choices)
    assert text == "one two three"


def test_streaming_chat_with_usage(client):
    stream = client.chat.completions.create(
        model="demo",
        messages=[{"role": "user", "content": "count me"}],
        stream=True,
        stream_options={"include_usage": True},
    )
    chunks = list(stream)
    assert chunks[-1].usage is not None
    assert chunks[-1].usage.completion_tokens == 2


def test_completions(client):
    reply = client.completions.create(model="demo", prompt="complete this")
    assert reply.choices[0].text == "complete this"


def test_embeddings(client):
    reply = client.embeddings.create(model="demo", input=["a", "b"])
    assert len(reply.data) == 2
    assert len(reply.data[0].embedding) > 0


def test_model_list(client):
    assert [model.id for model in client.models.list()] == ["demo"]
    assert client.models.retrieve("demo").id == "demo"


def test_unknown_model_is_not_found(client):
    with pytest.raises(openai.NotFoundError):
        client.chat.completions.create(model="no-such-model", messages=[{"role": "user", "content": "x"}])


def test_bad_key_is_an_authentication_error():
    bad = openai.OpenAI(base_url=BASE_URL, api_key="sk-not-a-valid-key-0000", max_retries=0)
    with pytest.raises(openai.AuthenticationError) as raised:
        bad.chat.completions.create(model="demo", messages=[{"role": "user", "content": "x"}])
    assert "Invalid API key" in raised.value.message


def test_over_budget_key_is_refused_with_budget_exceeded():
    broke = openai.OpenAI(base_url=BASE_URL, api_key=os.environ["LLMPROXY_BROKE_KEY"], max_retries=0)
    with pytest.raises(openai.BadRequestError) as raised:
        broke.chat.completions.create(model="demo", messages=[{"role": "user", "content": "x"}])
    assert raised.value.body["type"] == "budget_exceeded"


def test_model_outside_the_key_list_is_permission_denied():
    limited = openai.OpenAI(base_url=BASE_URL, api_key=os.environ["LLMPROXY_ELSEWHERE_KEY"], max_retries=0)
    with pytest.raises(openai.PermissionDeniedError) as raised:
        limited.chat.completions.create(model="demo", messages=[{"role": "user", "content": "x"}])
    assert raised.value.body["type"] == "key_model_access_denied"
