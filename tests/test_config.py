"""Settings rules that are pure logic: no model, no index."""

from __future__ import annotations

import logging
import warnings

import pytest

from assistant.config import Settings, load_settings
from assistant.errors import AssistantError, ConfigError


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
    assert Settings(mode="openai").available_modes == ["extractive", "openai"]
    both = Settings(llm_base_url="http://127.0.0.1:9/v1", llm_model_path="model.gguf")
    assert both.available_modes == ["extractive", "openai", "llamacpp"]
    with pytest.warns(DeprecationWarning, match="use Settings.available_modes"):
        assert both.available_answerers == both.available_modes  # the old name still answers


# ---------------------------------------------------------------------------- the answer mode's names


def test_mode_is_the_one_name_of_the_answer_mode(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the new name warns about nothing
        assert Settings().mode == "extractive"
        assert Settings(mode="openai").mode == "openai"
        monkeypatch.setenv("ASSISTANT_MODE", "llamacpp")
        settings = Settings()
    assert settings.mode == "llamacpp" and not caplog.records
    shown = settings.model_dump()  # what `assistant settings` prints
    assert shown["mode"] == "llamacpp" and "llm" not in shown and "answer_mode" not in shown


def test_the_old_setting_llm_still_works_with_a_deprecation_warning() -> None:
    with pytest.warns(DeprecationWarning, match=r"Settings\(llm=...\) is deprecated: use the setting `mode`"):
        settings = Settings(llm="openai")
    assert settings.mode == "openai"
    with pytest.warns(DeprecationWarning, match="old name of the setting `mode`"):
        assert settings.llm == "openai"  # reading the old name gives the mode
    with pytest.warns(DeprecationWarning):
        assert Settings(llm="openai", mode="llamacpp").mode == "llamacpp"  # the new name wins
    with pytest.warns(DeprecationWarning, match="answer_mode"):
        assert Settings(answer_mode="llm").mode == "openai"
    with pytest.warns(DeprecationWarning), pytest.raises(ValueError, match="'openai' or 'llamacpp'"):
        Settings(llm="gpt")
    # Settings copied with an override carry the mode, not the old name: no second warning.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert Settings(**settings.model_dump()).mode == "openai"


@pytest.mark.parametrize(
    ("variable", "value", "mode"),
    [("ASSISTANT_LLM", "llamacpp", "llamacpp"), ("ASSISTANT_ANSWER_MODE", "llm", "openai")],
)
def test_an_old_environment_variable_still_works_and_is_logged_as_deprecated(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, variable: str, value: str, mode: str
) -> None:
    monkeypatch.setenv(variable, value)
    with caplog.at_level(logging.WARNING, logger="assistant.config"):
        settings = Settings()
    assert settings.mode == mode
    assert [r.levelname for r in caplog.records] == ["WARNING"]
    assert f"{variable} is deprecated: use the setting `mode` (ASSISTANT_MODE" in caplog.text
    monkeypatch.setenv("ASSISTANT_MODE", "extractive")  # the new variable wins over the old one
    assert Settings().mode == "extractive"


def test_resolve_mode_reads_the_old_llm_as_the_configured_backend() -> None:
    assert Settings().resolve_mode(None) == "extractive"
    assert Settings(mode="llamacpp").resolve_mode("extractive") == "extractive"
    assert Settings().resolve_mode("llm") == "openai"
    assert Settings(mode="llamacpp").resolve_mode("llm") == "llamacpp"
    with pytest.raises(AssistantError, match="Unknown answer mode 'gpt': use 'extractive', 'openai'"):
        Settings().resolve_mode("gpt")  # type: ignore[arg-type]
