employees = [
    {"name": "Ann", "dept": "eng", "salary": 120000, "years": 5},
    {"name": "Bob", "dept": "eng", "salary": 95000, "years": 2},
    {"name": "Cid", "dept": "ops", "salary": 70000, "years": 7},
    {"name": "Dee", "dept": "sales", "salary": 65000, "years": 1},
    {"name": "Eve", "dept": "ops", "salary": 82000, "years": 4},
    {"name": "Fay", "dept": "eng", "salary": 150000, "years": 10},
]
def salary(e):
    return e["salary"]
def dept_then_name(e):
    return (e["dept"], e["name"])
for e in sorted(employees, key=salary, reverse=True)[:3]:
    print(e["name"], e["salary"])
by_dept = {}
for e in employees:
    by_dept.setdefault(e["dept"], []).append(e)
for dept in sorted(by_dept):
    staff = by_dept[dept]
    total = 0
    for e in staff:
        total += e["salary"]
    names = []
    for e in staff:
        names.append(e["name"])
    print(f"{dept:<6} n={len(staff)} avg={total / len(staff):,.1f} names={names}")
for e in employees:
    if e["years"] >= 5:
        e["salary"] = round(e["salary"] * 1.05)
print(sorted(employees, key=dept_then_name)[0])
senior = []
for e in employees:
    if e["years"] > 3:
        senior.append(e["name"])
print(senior)
richest = max(employees, key=salary)
poorest = min(employees, key=salary)
print(richest["name"], poorest["name"])
payroll = 0
for e in employees:
    payroll += e["salary"]
print(payroll)
