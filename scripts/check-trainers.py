"""Echo Capture's files against their real consumers (run by scripts/check-trainers.ts inside its venv).

1. The dataset cards carry the Hub's metadata fields.
2. Every config of the merged dataset loads with Hugging Face `datasets` (and the default one without a name).
3. Each config of two bundles loads from both bundles' files together, with the features their card declares.
4. TRL trains two steps of SFT, DPO and KTO on the merged configs, with a tiny Llama built from a config and a
   tokenizer trained here on the data's own text: nothing is downloaded. SFT reads the sft-prompt-completion
   config, and the check asserts TRL's labels train exactly the completion (the labelled answer) of every sample:
   earlier assistant turns, which may be answers the user rejected, are prompt and never trained.

Usage: python check-trainers.py MERGED_DIR BUNDLE_DIR_A BUNDLE_DIR_B WORK_DIR
"""

import json
import os
import sys
import time

import yaml
from datasets import Features, get_dataset_config_names, load_dataset

MERGED, BUNDLE_A, BUNDLE_B, WORK = sys.argv[1:5]
SIZE_CATEGORIES = {"n<1K", "1K<n<10K", "10K<n<100K", "100K<n<1M", "1M<n<10M", "10M<n<100M", "100M<n<1B", "1B<n<10B"}


def step(name):
    print(f"-- {name}", flush=True)


def front_matter(path):
    text = open(os.path.join(path, "README.md"), encoding="utf-8").read()
    assert text.startswith("---\n"), f"{path}/README.md has no YAML front matter"
    return yaml.safe_load(text.split("\n---\n", 1)[0][4:])


def check_card(path):
    meta = front_matter(path)
    for field in ("pretty_name", "license", "language", "task_categories", "size_categories", "tags", "configs"):
        assert meta.get(field), f"{path}: card has no {field}"
    if meta["license"] == "other":
        assert meta.get("license_name") and meta.get("license_link"), f"{path}: license other needs license_name and license_link"
    assert set(meta["size_categories"]) <= SIZE_CATEGORIES, f"{path}: size_categories {meta['size_categories']}"
    assert all(2 <= len(code) <= 3 and code.isalpha() for code in meta["language"]), f"{path}: language {meta['language']}"
    defaults = [c["config_name"] for c in meta["configs"] if c.get("default")]
    assert len(defaults) == 1, f"{path}: {len(defaults)} default configs"
    print(f"   {os.path.basename(path)}: license {meta['license']}, language {meta['language']}, size {meta['size_categories']}, default config {defaults[0]}, {len(meta['configs'])} configs")
    return meta


step("dataset cards carry the Hub metadata")
merged_meta = check_card(MERGED)
bundle_meta = check_card(BUNDLE_A)
check_card(BUNDLE_B)

step("every config of the merged dataset loads with datasets")
loaded = {}
for name in get_dataset_config_names(MERGED):
    ds = load_dataset(MERGED, name, split="train")
    loaded[name] = ds
    print(f"   {name}: {ds.num_rows} rows, columns {', '.join(ds.column_names[:8])}{', …' if len(ds.column_names) > 8 else ''}")
default = load_dataset(MERGED, split="train")
print(f"   (default): {default.num_rows} rows")
assert default.num_rows == loaded["sft-prompt-completion"].num_rows and "completion" in default.column_names, "the default config is not sft-prompt-completion"

step("each config of two bundles loads from both bundles' files at once, with the card's features")
features = {info["config_name"]: Features._from_yaml_list(info["features"]) for info in bundle_meta.get("dataset_info", [])}
for config in bundle_meta["configs"]:
    name = config["config_name"]
    files = [os.path.join(b, config["data_files"]) for b in (BUNDLE_A, BUNDLE_B) if os.path.exists(os.path.join(b, config["data_files"]))]
    ds = load_dataset("json", data_files=files, features=features[name], split="train")
    print(f"   {name}: {ds.num_rows} rows from {len(files)} bundles")

step("tiny model and tokenizer, built here")
import torch  # noqa: E402
from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers  # noqa: E402
from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast  # noqa: E402

torch.manual_seed(0)


def texts():
    for row in loaded["sft"]:
        for m in row["messages"]:
            yield m["content"]
    for row in loaded["preference"]:
        yield row["chosen"][0]["content"]
        yield row["rejected"][0]["content"]


raw = Tokenizer(models.BPE(unk_token="<unk>"))
raw.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
raw.decoder = decoders.ByteLevel()
raw.train_from_iterator(texts(), trainers.BpeTrainer(vocab_size=600, special_tokens=["<unk>", "<s>", "</s>", "<pad>"], initial_alphabet=pre_tokenizers.ByteLevel.alphabet()))
tokenizer = PreTrainedTokenizerFast(tokenizer_object=raw, unk_token="<unk>", bos_token="<s>", eos_token="</s>", pad_token="<pad>")
tokenizer.chat_template = (
    "{% for m in messages %}<s>{{ m['role'] }}\n{{ m['content'] }}</s>{% endfor %}"
    "{% if add_generation_prompt %}<s>assistant\n{% endif %}"
)
config = LlamaConfig(
    vocab_size=len(tokenizer), hidden_size=32, intermediate_size=64, num_hidden_layers=2, num_attention_heads=2,
    num_key_value_heads=2, max_position_embeddings=1024, bos_token_id=tokenizer.bos_token_id,
    eos_token_id=tokenizer.eos_token_id, pad_token_id=tokenizer.pad_token_id,
)
print(f"   vocabulary {len(tokenizer)}, {sum(p.numel() for p in LlamaForCausalLM(config).parameters())} parameters")

from trl import DPOConfig, DPOTrainer, KTOConfig, KTOTrainer, SFTConfig, SFTTrainer  # noqa: E402

common = dict(max_steps=2, per_device_train_batch_size=2, learning_rate=1e-3, report_to=[], logging_steps=1, save_strategy="no", use_cpu=True, dataloader_num_workers=0)


def train(name, trainer):
    started = time.time()
    result = trainer.train()
    losses = [log["loss"] for log in trainer.state.log_history if "loss" in log]
    assert trainer.state.global_step == 2, f"{name}: {trainer.state.global_step} steps"
    assert losses and all(loss == loss for loss in losses), f"{name}: losses {losses}"
    print(f"   {name}: 2 steps, losses {', '.join(f'{loss:.3f}' for loss in losses)} ({time.time() - started:.1f} s)")
    return result


step("TRL trains two steps of SFT, DPO and KTO on the merged configs")
# SFT on the prompt/completion form: TRL trains a messages sample's every assistant turn, flags or not.
sft = loaded["sft-prompt-completion"].select_columns(["prompt", "completion"])
assert sft.num_rows == loaded["sft"].num_rows, f"sft-prompt-completion has {sft.num_rows} rows, sft {loaded['sft'].num_rows}"
MAX_LENGTH = 512
sft_trainer = SFTTrainer(model=LlamaForCausalLM(config), args=SFTConfig(output_dir=os.path.join(WORK, "sft"), max_length=MAX_LENGTH, **common), train_dataset=sft, processing_class=tokenizer)
whole = multi_turn = 0
for source, prepared in zip(sft, sft_trainer.train_dataset):
    trained = [t for t, label in zip(prepared["input_ids"], prepared["labels"]) if label != -100]
    assert 0 < len(trained) < len(prepared["input_ids"]), f"SFT trains {len(trained)} of {len(prepared['input_ids'])} tokens: the prompt must be masked"
    if len(prepared["input_ids"]) < MAX_LENGTH:  # not truncated: the trained tokens are the labelled answer, exactly
        text = tokenizer.decode(trained, skip_special_tokens=True)
        assert text == source["completion"][0]["content"], f"SFT trains {text[:80]!r}, not the completion"
        whole += 1
        multi_turn += any(m["role"] == "assistant" for m in source["prompt"])
assert whole > 0 and multi_turn > 0, f"{whole} whole SFT samples, {multi_turn} with earlier assistant turns"
print(f"   SFT labels: only the completion is trained in all {whole} untruncated samples ({multi_turn} with earlier assistant turns in the prompt, none trained)")
train("SFT", sft_trainer)
import copy  # noqa: E402


def policy_and_reference():
    """A reference model is needed; built from a config it has no hub name to be reloaded from, so it is a copy."""
    model = LlamaForCausalLM(config)
    return model, copy.deepcopy(model)


pref = loaded["preference"].select_columns(["prompt", "chosen", "rejected"])
model, reference = policy_and_reference()
train("DPO", DPOTrainer(model=model, ref_model=reference, args=DPOConfig(output_dir=os.path.join(WORK, "dpo"), max_length=512, **common), train_dataset=pref, processing_class=tokenizer))
kto = loaded["kto"].select_columns(["prompt", "completion", "label"])
labels = set(kto["label"])
assert labels == {True, False}, f"KTO needs desirable and undesirable samples, got {labels}"
model, reference = policy_and_reference()
train("KTO", KTOTrainer(model=model, ref_model=reference, args=KTOConfig(output_dir=os.path.join(WORK, "kto"), max_length=512, **common), train_dataset=kto, processing_class=tokenizer))

print(json.dumps({"ok": True, "configs": {k: v.num_rows for k, v in loaded.items()}}))
