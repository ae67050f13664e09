"""Settings rules that are pure logic: no model, no index."""

from __future__ import annotations

import pytest

from assistant.config import Settings, load_settings
from assistant.errors import ConfigError


def test_ui_credentials_split_at_the_first_colon() -> None:
    assert Settings(ui_auth="reader:s3cret:x").ui_credentials == ("reader", "s3cret:x")
    assert Settings(ui_auth=None).ui_credentials is None
    assert Settings(ui_auth="  ").ui_credentials is None  # blank means unset


@pytest.mark.parametrize("value", ["s3cret", "s3cret:", ":s3cret", " :s3cret"])
def test_ui_auth_needs_a_user_and_a_password(value: str) -> None:
    with pytest.raises(ConfigError, match="ui_auth") as info:
        load_settings(ui_auth=value)
    assert "s3cret" not in str(info.value)  # the value is a secret: never echoed


def test_available_modes_are_extractive_and_each_backend_set_up() -> None:
    assert Settings().available_modes == ["extractive"]
    assert Settings(llm="openai").available_modes == ["extractive", "openai"]
    both = Settings(llm_base_url="http://127.0.0.1:9/v1", llm_model_path="model.gguf")
    assert both.available_modes == ["extractive", "openai", "llamacpp"]
    assert both.available_answerers == both.available_modes  # the deprecated name still answers
