# A perceptron learning OR with the step function, 300,000 epochs over four samples.
X = [(0.0, 0.0), (0.0, 1.0), (1.0, 0.0), (1.0, 1.0)]
Y = [0.0, 1.0, 1.0, 1.0]
w1 = 0.1
w2 = -0.2
b = 0.05
lr = 0.01
errors = 0
for epoch in range(300000):
    for i in range(4):
        x1, x2 = X[i]
        out = 1.0 if w1 * x1 + w2 * x2 + b > 0 else 0.0
        err = Y[i] - out
        if err != 0:
            errors += 1
        w1 += lr * err * x1
        w2 += lr * err * x2
        b += lr * err
print(f"w1={w1:.4f} w2={w2:.4f} b={b:.4f} errors={errors}")
