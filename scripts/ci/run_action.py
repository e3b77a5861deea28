"""Runs the composite action in action.yml the way GitHub's runner does, step by step.

Each `run:` step is run with `bash -e` after substituting `${{ inputs.* }}` and
`${{ steps.*.outputs.* }}`, with GITHUB_ACTION_PATH, GITHUB_OUTPUT, GITHUB_PATH and the step's
`env:`; its `key=value` lines in GITHUB_OUTPUT become the step's outputs and GITHUB_PATH lines are
prepended to PATH for later steps. `if:` conditions are evaluated (always(), ==, !=, &&); an
expression this runner does not understand is an error, never silently true. A `uses:` step cannot
run here: for github/codeql-action/upload-sarif the file it would upload is checked instead
(SARIF 2.1.0 from salin). Prints each step and its outcome; the exit status is the action's.

Usage: run_action.py ACTION_DIR WORKSPACE key=value...
"""

import json
import os
import re
import subprocess
import sys

import yaml

action_dir, workspace = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
with open(os.path.join(action_dir, "action.yml"), encoding="utf-8") as handle:
    action = yaml.safe_load(handle)
inputs = {name: str(spec.get("default", "")) for name, spec in action["inputs"].items()}
for pair in sys.argv[3:]:
    name, _, value = pair.partition("=")
    if name not in inputs:
        sys.exit(f"unknown input {name}")
    inputs[name] = value
outputs = {}
extra_path = []
failed = False

EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")


def value_of(name):
    name = name.strip()
    if name.startswith("inputs."):
        return inputs[name[len("inputs."):]]
    match = re.fullmatch(r"steps\.([\w-]+)\.outputs\.([\w-]+)", name)
    if match:
        return outputs.get(match.group(1), {}).get(match.group(2), "")
    match = re.fullmatch(r"'(.*)'", name)
    if match:
        return match.group(1)
    raise ValueError(f"expression not understood: {name}")


def substitute(text):
    return EXPRESSION.sub(lambda m: value_of(m.group(1)), text)


def condition(expression):
    if expression is None:
        return not failed  # GitHub's default: success()
    expression = EXPRESSION.sub(lambda m: m.group(1), str(expression))
    result = True
    explicit_always = False
    for term in expression.split("&&"):
        term = term.strip()
        if term == "always()":
            explicit_always = True
            continue
        match = re.fullmatch(r"(.+?)\s*(==|!=)\s*(.+)", term)
        if not match:
            raise ValueError(f"condition not understood: {term}")
        left, op, right = value_of(match.group(1)), match.group(2), value_of(match.group(3))
        result = result and ((left == right) if op == "==" else (left != right))
    return result and (explicit_always or not failed)


def check_sarif(path):
    with open(path, encoding="utf-8") as handle:
        log = json.load(handle)
    run = log["runs"][0]
    assert log["version"] == "2.1.0", log["version"]
    assert run["tool"]["driver"]["name"] == "salin", run["tool"]["driver"]["name"]
    return [r["ruleId"] for r in run["results"]]


for step in action["runs"]["steps"]:
    name = step.get("name", step.get("id", "step"))
    if not condition(step.get("if")):
        print(f"--- skip: {name}")
        continue
    if "uses" in step:
        if step["uses"].startswith("github/codeql-action/upload-sarif"):
            path = os.path.join(workspace, substitute(step["with"]["sarif_file"]))
            rules = check_sarif(path)
            print(f"--- {name}: would upload {path} (SARIF 2.1.0 from salin, results: {rules})")
            continue
        sys.exit(f"cannot run step {name}: uses {step['uses']}")
    print(f"--- run: {name}", flush=True)
    output_file = os.path.join(workspace, ".github_output")
    path_file = os.path.join(workspace, ".github_path")
    open(output_file, "w").close()
    open(path_file, "w").close()
    env = dict(os.environ)
    env.update({k: substitute(str(v)) for k, v in (step.get("env") or {}).items()})
    env.update(GITHUB_ACTION_PATH=action_dir, GITHUB_OUTPUT=output_file, GITHUB_PATH=path_file,
               GITHUB_WORKSPACE=workspace, PATH=os.pathsep.join(extra_path + [os.environ["PATH"]]))
    code = subprocess.run(["bash", "-e", "-c", substitute(step["run"])], cwd=workspace, env=env).returncode
    with open(output_file) as handle:
        step_outputs = dict(line.rstrip("\n").split("=", 1) for line in handle if "=" in line)
    if "id" in step:
        outputs[step["id"]] = step_outputs
    with open(path_file) as handle:
        extra_path = [line.strip() for line in handle if line.strip()] + extra_path
    if code != 0:
        print(f"--- failed: {name} (exit {code})")
        failed = True

action_outputs = {name: substitute(spec["value"]) for name, spec in action["outputs"].items()}
print("outputs: " + json.dumps(action_outputs, sort_keys=True))
sys.exit(1 if failed else 0)
