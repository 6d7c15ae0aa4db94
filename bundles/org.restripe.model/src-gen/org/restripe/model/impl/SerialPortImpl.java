/**
 */
package org.restripe.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.restripe.model.RestripePackage;
import org.restripe.model.SerialPort;
import org.restripe.model.StorageUnit;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Serial Port</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.restripe.model.impl.SerialPortImpl#getDevice <em>Device</em>}</li>
 *   <li>{@link org.restripe.model.impl.SerialPortImpl#getBaudRate <em>Baud Rate</em>}</li>
 *   <li>{@link org.restripe.model.impl.SerialPortImpl#getConsole <em>Console</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SerialPortImpl extends IdentifiedImpl implements SerialPort {
	/**
	 * The default value of the '{@link #getDevice() <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevice()
	 * @generated
	 * @ordered
	 */
	protected static final String DEVICE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDevice() <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevice()
	 * @generated
	 * @ordered
	 */
	protected String device = DEVICE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaudRate() <em>Baud Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaudRate()
	 * @generated
	 * @ordered
	 */
	protected static final int BAUD_RATE_EDEFAULT = 9600;

	/**
	 * The cached value of the '{@link #getBaudRate() <em>Baud Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaudRate()
	 * @generated
	 * @ordered
	 */
	protected int baudRate = BAUD_RATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getConsole() <em>Console</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsole()
	 * @generated
	 * @ordered
	 */
	protected StorageUnit console;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SerialPortImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RestripePackage.Literals.SERIAL_PORT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDevice() {
		return device;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDevice(String newDevice) {
		String oldDevice = device;
		device = newDevice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RestripePackage.SERIAL_PORT__DEVICE, oldDevice, device));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBaudRate() {
		return baudRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaudRate(int newBaudRate) {
		int oldBaudRate = baudRate;
		baudRate = newBaudRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RestripePackage.SERIAL_PORT__BAUD_RATE, oldBaudRate, baudRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StorageUnit getConsole() {
		if (console != null && console.eIsProxy()) {
			InternalEObject oldConsole = (InternalEObject)console;
			console = (StorageUnit)eResolveProxy(oldConsole);
			if (console != oldConsole) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RestripePackage.SERIAL_PORT__CONSOLE, oldConsole, console));
			}
		}
		return console;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StorageUnit basicGetConsole() {
		return console;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConsole(StorageUnit newConsole) {
		StorageUnit oldConsole = console;
		console = newConsole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RestripePackage.SERIAL_PORT__CONSOLE, oldConsole, console));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RestripePackage.SERIAL_PORT__DEVICE:
				return getDevice();
			case RestripePackage.SERIAL_PORT__BAUD_RATE:
				return getBaudRate();
			case RestripePackage.SERIAL_PORT__CONSOLE:
				if (resolve) return getConsole();
				return basicGetConsole();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RestripePackage.SERIAL_PORT__DEVICE:
				setDevice((String)newValue);
				return;
			case RestripePackage.SERIAL_PORT__BAUD_RATE:
				setBaudRate((Integer)newValue);
				return;
			case RestripePackage.SERIAL_PORT__CONSOLE:
				setConsole((StorageUnit)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case RestripePackage.SERIAL_PORT__DEVICE:
				setDevice(DEVICE_EDEFAULT);
				return;
			case RestripePackage.SERIAL_PORT__BAUD_RATE:
				setBaudRate(BAUD_RATE_EDEFAULT);
				return;
			case RestripePackage.SERIAL_PORT__CONSOLE:
				setConsole((StorageUnit)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case RestripePackage.SERIAL_PORT__DEVICE:
				return DEVICE_EDEFAULT == null ? device != null : !DEVICE_EDEFAULT.equals(device);
			case RestripePackage.SERIAL_PORT__BAUD_RATE:
				return baudRate != BAUD_RATE_EDEFAULT;
			case RestripePackage.SERIAL_PORT__CONSOLE:
				return console != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (device: ");
		result.append(device);
		result.append(", baudRate: ");
		result.append(baudRate);
		result.append(')');
		return result.toString();
	}

} //SerialPortImpl
